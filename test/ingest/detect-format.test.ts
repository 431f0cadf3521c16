import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/ingest/detect-format.js'

const read = (path: string) => readFileSync(path, 'utf8')

describe('detectFormat', () => {
  it('tells the seed formats apart by content', () => {
    expect(detectFormat(read('seeds/000_87fdc513f4ffdc63.txt'))).toBe('web-text')
    expect(detectFormat(read('seeds/001_d400d3f38b6f09ed.txt'))).toBe('telegram-text')
    expect(detectFormat(read('seeds/002_b71bd70bc2f6245b.txt'))).toBe('web-text')
    expect(detectFormat(read('seeds/003_5386bee5090c7a93.txt'))).toBe('telegram-text')
    expect(detectFormat(read('seeds/004_775c12525becf376.txt'))).toBe('web-text')
  })

  it('recognises JSON, HTML and a channel copy without "Forwarded from" lines', () => {
    expect(detectFormat(read('test/fixtures/telegram/result.json'))).toBe('telegram-json')
    expect(detectFormat(read('test/fixtures/html/fmprc-wang-yi-lavrov.html'))).toBe('html')
    expect(detectFormat('\n<html><body><p>Wang Yi met Lavrov.</p></body></html>')).toBe('html')
    expect(detectFormat('<div><p>One.</p><p>Two.</p></div>')).toBe('html')
    expect(detectFormat(read('test/fixtures/text/reactions-separated.txt'))).toBe('telegram-text')
    // The web preview's view counters tell a channel copy even with its reaction lines gone.
    const preview = read('test/fixtures/text/channel-preview.txt').replace(/^👍.*\n/gmu, '')
    expect(detectFormat(preview)).toBe('telegram-text')
    // Or an eye before the views and time: "👁 21.4K 12:48".
    expect(detectFormat('CGTN\nWang Yi met Lavrov.\n👁 21.4K 12:48\nCGTN\nXi met Putin.\n👁 18.9K 13:05')).toBe('telegram-text')
    expect(detectFormat('Chinese Embassy in Russia\nAmbassador Zhang Hanhui met the press.\nChinese Embassy in Russia')).toBe('web-text')
  })

  it('recognises messages copied from Telegram Desktop by their headers', () => {
    expect(detectFormat(read('test/fixtures/text/desktop-copy.txt'))).toBe('telegram-text')
    expect(detectFormat('[5/16/24 10:21 AM] Russian MFA: On May 16, Sergey Lavrov met Wang Yi.')).toBe('telegram-text')
    expect(detectFormat('Lavrov met Wang Yi [16.05.2024 10:21] in Beijing.')).toBe('web-text')
  })

  it('tells Telegram saved as HTML from other pages', () => {
    expect(detectFormat(read('test/fixtures/telegram/messages.html'))).toBe('telegram-html')
    expect(detectFormat(read('test/fixtures/telegram/tme-s-channel.html'))).toBe('telegram-html')
    expect(detectFormat('<html><body><div class="tgme_widget_message_text">x</div></body></html>')).toBe('html')
  })

  it('does not take a bracketed note atop a text for JSON', () => {
    expect(detectFormat('[Unofficial translation]\nWang Yi met Lavrov.')).toBe('web-text')
    expect(detectFormat('{Draft}\nWang Yi met Lavrov.')).toBe('web-text')
    expect(detectFormat('{"id": 1,, }')).toBe('telegram-json')
    expect(detectFormat(' [ {"a": 1} ]')).toBe('telegram-json')
  })

  it('does not take a lone reaction-like line or a sentence about forwarding for Telegram', () => {
    expect(detectFormat('Lavrov met Wang Yi.\n👍16\nThey discussed BRICS.')).toBe('web-text')
    expect(detectFormat('The letter was forwarded from Beijing to Moscow.')).toBe('web-text')
  })
})
