import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('calls a ZIP (PK\\3\\4) an .xlsx whatever its name', () => {
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('xlsx');
  });
  it('calls an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) a binary Excel 97–2003 .xls', () => {
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('binaryXls');
  });
  it('calls a <table> after a BOM and blank lines HTML (a vendor "In file excel" .xls)', () => {
    expect(sniffFormat(text('\uFEFF\r\n  <table><tr><td>Mã hồ sơ</td></tr></table>'))).toBe('html');
    expect(sniffFormat(text('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table>'))).toBe('html');
    expect(sniffFormat(text('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'))).toBe('html');
  });
  it('calls other text CSV, and markup without a table unknown', () => {
    expect(sniffFormat(text('Mã hồ sơ,Ngày hẹn trả\n'))).toBe('text');
    expect(sniffFormat(text('<?xml version="1.0"?><Workbook>'))).toBe('unknown');
  });
  it('calls bytes with NUL unknown and no bytes empty', () => {
    expect(sniffFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('unknown');
    expect(sniffFormat(new Uint8Array())).toBe('empty');
  });
  it('reads UTF-16LE text with BOM (Excel "Unicode Text") as text', () => {
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0xe3, 0x00]))).toBe('text');
  });
});
