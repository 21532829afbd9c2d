/** Big-endian reads over a font's bytes, the way every sfnt table is laid out. */
export class BinaryReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  u8(offset: number): number {
    return this.view.getUint8(offset);
  }

  u16(offset: number): number {
    return this.view.getUint16(offset);
  }

  i16(offset: number): number {
    return this.view.getInt16(offset);
  }

  u32(offset: number): number {
    return this.view.getUint32(offset);
  }

  i32(offset: number): number {
    return this.view.getInt32(offset);
  }

  /** A 16.16 fixed-point number. */
  fixed(offset: number): number {
    return this.i32(offset) / 65536;
  }

  tag(offset: number): string {
    return String.fromCharCode(this.u8(offset), this.u8(offset + 1), this.u8(offset + 2), this.u8(offset + 3));
  }

  /** A view (not a copy) of part of the bytes. */
  slice(offset: number, length: number): Uint8Array {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length) throw new RangeError(`font data out of range (${offset}+${length})`);
    return this.bytes.subarray(offset, offset + length);
  }
}

/** Big-endian writes into a growing buffer. */
export class BinaryWriter {
  private buffer = new Uint8Array(256);
  private view = new DataView(this.buffer.buffer);
  private size = 0;

  get length(): number {
    return this.size;
  }

  private reserve(extra: number): number {
    const at = this.size;
    const needed = at + extra;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.size));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.size = needed;
    return at;
  }

  u8(value: number): this {
    const at = this.reserve(1);
    this.view.setUint8(at, value);
    return this;
  }

  u16(value: number): this {
    const at = this.reserve(2);
    this.view.setUint16(at, value);
    return this;
  }

  i16(value: number): this {
    const at = this.reserve(2);
    this.view.setInt16(at, value);
    return this;
  }

  u32(value: number): this {
    const at = this.reserve(4);
    this.view.setUint32(at, value >>> 0);
    return this;
  }

  bytes(data: Uint8Array): this {
    const at = this.reserve(data.length);
    this.buffer.set(data, at);
    return this;
  }

  /** Zero bytes up to the next multiple of `alignment`. */
  pad(alignment: number): this {
    while (this.size % alignment !== 0) this.u8(0);
    return this;
  }

  /** Overwrites a u32 written earlier. */
  setU32(offset: number, value: number): void {
    this.view.setUint32(offset, value >>> 0);
  }

  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.size);
  }
}
