/** A size in words a reader knows: "850 KB", "12.5 MB" (decimal-free below 10, one place above is enough). */
const KB = 1024;
const MB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  if (bytes >= MB) return `${n.format(bytes / MB)} MB`;
  if (bytes >= KB) return `${n.format(Math.ceil(bytes / KB))} KB`;
  return `${n.format(bytes)} bytes`;
}
