/**
 * Discord's documented message limits, written independently of src/render so that the
 * renderers are checked against the rules rather than against themselves. Returns the
 * problems found, empty when the payload is acceptable. Lengths are UTF-16 units (stricter
 * than Discord's character count).
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

function embedProblems(embed: unknown, i: number, out: string[]): number {
  if (!isObject(embed)) {
    out.push(`embeds[${i}] is not an object`);
    return 0;
  }
  const check = (label: string, value: unknown, max: number, required = false) => {
    if (value === undefined) {
      if (required) out.push(`${label} is required`);
      return 0;
    }
    const text = str(value);
    if (typeof value !== "string") out.push(`${label} is not a string`);
    if (text.length > max) out.push(`${label} is ${text.length} > ${max}`);
    if (required && text.trim().length === 0) out.push(`${label} is empty`);
    return text.length;
  };
  let total = 0;
  total += check(`embeds[${i}].title`, embed.title, 256);
  total += check(`embeds[${i}].description`, embed.description, 4096);
  if (embed.footer !== undefined) {
    total += check(
      `embeds[${i}].footer.text`,
      isObject(embed.footer) ? embed.footer.text : undefined,
      2048,
      true,
    );
  }
  if (embed.author !== undefined) {
    total += check(
      `embeds[${i}].author.name`,
      isObject(embed.author) ? embed.author.name : undefined,
      256,
      true,
    );
  }
  if (embed.fields !== undefined) {
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) out.push(`embeds[${i}].fields has ${fields.length} > 25`);
    fields.forEach((f: unknown, j) => {
      const field = isObject(f) ? f : {};
      total += check(`embeds[${i}].fields[${j}].name`, field.name, 256, true);
      total += check(`embeds[${i}].fields[${j}].value`, field.value, 1024, true);
    });
  }
  for (const key of ["url"] as const) {
    if (embed[key] !== undefined && !/^https?:\/\//.test(str(embed[key])))
      out.push(`embeds[${i}].${key} is not a URL`);
  }
  return total;
}

function componentProblems(components: unknown, out: string[]): void {
  if (!Array.isArray(components)) {
    out.push("components is not a list");
    return;
  }
  if (components.length > 5) out.push(`components has ${components.length} rows > 5`);
  const ids = new Set<string>();
  components.forEach((row: unknown, r) => {
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      out.push(`components[${r}] is not an action row`);
      return;
    }
    if (row.components.length === 0) out.push(`components[${r}] is empty`);
    if (row.components.length > 5)
      out.push(`components[${r}] has ${row.components.length} buttons > 5`);
    row.components.forEach((c: unknown, b) => {
      const at = `components[${r}].components[${b}]`;
      if (!isObject(c) || c.type !== 2) {
        out.push(`${at} is not a button`);
        return;
      }
      if (str(c.label).length > 80) out.push(`${at}.label is longer than 80`);
      if (c.style === 5) {
        if (!str(c.url)) out.push(`${at} is a link button without url`);
        if (c.custom_id !== undefined) out.push(`${at} is a link button with a custom_id`);
        if (str(c.url).length > 512) out.push(`${at}.url is longer than 512`);
      } else {
        const id = str(c.custom_id);
        if (id.length < 1 || id.length > 100)
          out.push(`${at}.custom_id is ${id.length} characters (1–100)`);
        if (ids.has(id)) out.push(`${at}.custom_id "${id}" is used twice`);
        ids.add(id);
      }
    });
  });
}

/** Discord's limits on files: count, size of each (without boosts), alt text length. */
export const FILE_LIMITS = { count: 10, bytes: 10 * 1024 * 1024, description: 1024 } as const;

export interface SentFile {
  /** files[n]: n is the id payload_json's attachments use. */
  field: string;
  filename: string;
  bytes: Buffer;
}

function attachmentProblems(body: Json, files: readonly SentFile[], out: string[]): void {
  if (files.length > FILE_LIMITS.count) out.push(`${files.length} files > ${FILE_LIMITS.count}`);
  const listed = Array.isArray(body.attachments) ? body.attachments : [];
  for (const file of files) {
    if (file.bytes.length > FILE_LIMITS.bytes)
      out.push(`file ${file.filename} is ${file.bytes.length} bytes > ${FILE_LIMITS.bytes}`);
    const id = /^files\[(\d+)\]$/.exec(file.field)?.[1];
    if (id === undefined) out.push(`file field ${file.field} is not files[n]`);
    else if (!listed.some((a: unknown) => isObject(a) && String(a.id) === id))
      out.push(`file ${file.field} is missing from attachments`);
  }
  listed.forEach((a: unknown, i) => {
    const attachment = isObject(a) ? a : {};
    const d = attachment.description;
    if (d !== undefined && (typeof d !== "string" || d.length > FILE_LIMITS.description))
      out.push(`attachments[${i}].description is longer than ${FILE_LIMITS.description}`);
  });
  // An embed image may point only at a file the message carries.
  const names = new Set([
    ...files.map((f) => f.filename),
    ...listed.map((a: unknown) => (isObject(a) ? str(a.filename) : "")),
  ]);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  embeds.forEach((e: unknown, i) => {
    const url = isObject(e) && isObject(e.image) ? str(e.image.url) : "";
    const name = url.startsWith("attachment://") ? url.slice("attachment://".length) : null;
    if (name !== null && !names.has(name)) out.push(`embeds[${i}].image names a missing file`);
  });
}

/** A message body as sent in a callback's data, an edit or a follow-up, with its files. */
export function messageProblems(
  body: unknown,
  { creating = true, files = [] as readonly SentFile[] } = {},
): string[] {
  const out: string[] = [];
  if (!isObject(body)) return ["message body is not an object"];
  attachmentProblems(body, files, out);
  if (body.content !== undefined && body.content !== null) {
    if (typeof body.content !== "string") out.push("content is not a string");
    else if (body.content.length > 2000) out.push(`content is ${body.content.length} > 2000`);
  }
  let total = 0;
  if (body.embeds !== undefined && body.embeds !== null) {
    const embeds = Array.isArray(body.embeds) ? body.embeds : [];
    if (embeds.length > 10) out.push(`embeds has ${embeds.length} > 10`);
    embeds.forEach((e: unknown, i) => (total += embedProblems(e, i, out)));
    if (total > 6000) out.push(`embeds total ${total} > 6000`);
  }
  if (body.components !== undefined && body.components !== null)
    componentProblems(body.components, out);
  if (body.allowed_mentions !== undefined && !isObject(body.allowed_mentions)) {
    out.push("allowed_mentions is not an object");
  }
  if (creating) {
    const hasContent = str(body.content).trim().length > 0;
    const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
    if (!hasContent && !hasEmbeds) out.push("cannot send an empty message");
  }
  return out;
}

export function choicesProblems(body: unknown): string[] {
  const out: string[] = [];
  const choices = isObject(body) && Array.isArray(body.choices) ? body.choices : null;
  if (!choices) return ["choices is not a list"];
  if (choices.length > 25) out.push(`${choices.length} choices > 25`);
  const values = new Set<string>();
  choices.forEach((c: unknown, i) => {
    const choice = isObject(c) ? c : {};
    const name = str(choice.name);
    const value = str(choice.value);
    if (name.length < 1 || name.length > 100)
      out.push(`choices[${i}].name is ${name.length} characters (1–100)`);
    if (value.length < 1 || value.length > 100)
      out.push(`choices[${i}].value is ${value.length} characters (1–100)`);
    if (values.has(value)) out.push(`choices[${i}].value repeats`);
    values.add(value);
  });
  return out;
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** Application command definitions as PUT to /applications/…/commands. */
export function commandProblems(body: unknown): string[] {
  if (!Array.isArray(body)) return ["body is not a list of commands"];
  const out: string[] = [];
  const names = new Set<string>();
  body.forEach((c: unknown, i) => {
    const command = isObject(c) ? c : {};
    const name = str(command.name);
    if (!NAME.test(name)) out.push(`[${i}].name "${name}" is invalid`);
    if (names.has(name)) out.push(`[${i}].name "${name}" repeats`);
    names.add(name);
    const description = str(command.description);
    if (description.length < 1 || description.length > 100)
      out.push(`[${i}].description must be 1–100`);
    const options = Array.isArray(command.options) ? command.options : [];
    if (options.length > 25) out.push(`[${i}] has more than 25 options`);
    let optional = false;
    options.forEach((o: unknown, j) => {
      const option = isObject(o) ? o : {};
      if (!NAME.test(str(option.name))) out.push(`[${i}].options[${j}].name is invalid`);
      const d = str(option.description);
      if (d.length < 1 || d.length > 100)
        out.push(`[${i}].options[${j}].description must be 1–100`);
      if (option.required === true && optional)
        out.push(`[${i}].options[${j}] required after optional`);
      if (option.required !== true) optional = true;
    });
  });
  return out;
}
