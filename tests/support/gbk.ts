/** Text as GBK bytes, what Chinese Excel saves as "CSV", built from the platform decoder's own table. */
let table: Map<string, number[]> | undefined;

function gbkTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo !== 0x7f) table.set(decoder.decode(new Uint8Array([hi, lo])), [hi, lo]);
    }
  return table;
}

export function gbk(text: string): Uint8Array {
  const codes = gbkTable();
  return new Uint8Array(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (codes.get(ch) ?? []))),
  );
}
