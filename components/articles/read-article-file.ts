// Reads a chosen file in the browser into what POST /api/articles takes: the text of a
// .txt/.html/.md file, or a .docx as base64.

export type BodyFormat = "text" | "html" | "markdown" | "docx";
export type LoadedFile = { name: string; format: BodyFormat; body: string };

export const ARTICLE_FILE_TYPES = ".txt,.html,.htm,.md,.markdown,.docx,text/plain,text/html,text/markdown";
const LIMIT_BYTES = 2 * 1024 * 1024;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function formatOfFile(file: File): BodyFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".docx") || file.type === DOCX_TYPE) return "docx";
  if (/\.html?$/.test(name) || file.type === "text/html") return "html";
  if (/\.(md|markdown)$/.test(name) || file.type === "text/markdown") return "markdown";
  if (name.endsWith(".txt") || file.type === "text/plain") return "text";
  return null;
}

/** The file's contents, or a message for the field when it cannot be used. */
export async function readArticleFile(file: File): Promise<LoadedFile | { error: string }> {
  const format = formatOfFile(file);
  if (!format) return { error: "Choose a .txt, .html, .md or .docx file." };
  if (file.size > LIMIT_BYTES) return { error: "The file is larger than 2 MB. Split it, or remove its images." };
  const body = format === "docx" ? await base64Of(file) : await file.text();
  return { name: file.name, format, body };
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data: URL is "data:<type>;base64,<data>"; the API takes the data alone.
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
