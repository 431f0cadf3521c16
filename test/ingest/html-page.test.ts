import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readHtmlPage } from '../../src/ingest/html-page.js'
import type { Source } from '../../src/types.js'

const read = (path: string) =>
  readHtmlPage(readFileSync(path, 'utf8'), { path, name: path.split('/').pop()!, sha256: '', format: 'html', bytes: 0 }).posts[0]!

describe('readHtmlPage', () => {
  it('reads headline, date and site from the page before Readability rewrites it', () => {
    const post = read('test/fixtures/html/fmprc-wang-yi-lavrov.html')
    expect(post).toMatchObject({ n: 1, title: 'Wang Yi meets with Russian Foreign Minister Sergey Lavrov', published: '2024-06-10', channel: 'fmprc.gov.cn' })
  })

  it('keeps one paragraph per line under the headline and leaves the menus and footer out', () => {
    const lines = read('test/fixtures/html/fmprc-wang-yi-lavrov.html').body.split('\n').filter(Boolean)
    expect(lines[0]).toBe('Wang Yi meets with Russian Foreign Minister Sergey Lavrov')
    expect(lines).toContain(
      'On June 10, 2024 local time, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey Lavrov in Nizhny Novgorod.',
    )
    expect(lines.at(-1)).toMatch(/^The two sides had a further exchange of views/)
    expect(lines.join('\n')).not.toMatch(/Contact Us|Copyright|ICP|var _hmt/)
  })

  it('uses og: metadata and drops a rubric label between headline and text', () => {
    const post = read('test/fixtures/html/mid-ru-press-release.html')
    expect(post).toMatchObject({ published: '2023-01-09', channel: 'mid.ru' })
    expect(post.title).toMatch(/^Press release on Foreign Minister Sergey Lavrov’s telephone conversation/)
    expect(post.body).not.toMatch(/Global South/)
    // <br> breaks a paragraph into lines.
    expect(post.body).toMatch(/hegemony in global affairs\.\n+They gave a positive assessment/)
  })

  it('takes the publication date from a written-out stamp in the page when no metadata gives one', () => {
    // mid.ru prints "9 April 2024 13:05" under the headline, outside the article Readability keeps.
    const post = read('test/fixtures/html/mid-ru-talks-stamp-in-page.html')
    expect(post).toMatchObject({ title: 'Foreign Minister Sergey Lavrov’s talks with Foreign Minister of the People’s Republic of China Wang Yi', published: '2024-04-09' })
    expect(post.body).toMatch(/^Foreign Minister Sergey Lavrov’s talks with [^\n]+\n+On April 9, Foreign Minister Sergey Lavrov held talks in Beijing/)
    expect(post.body).not.toMatch(/Press service|Home \/|©|var x/)
  })

  it('takes the publication date from an element marked as a date when its line also holds a rubric', () => {
    const page = (meta: string) =>
      readHtmlPage(
        `<html><body><div class="meta">${meta}<span class="rubric">Foreign policy news</span></div><h1>Talks</h1>` +
          '<p>Foreign Minister Sergey Lavrov held talks with Wang Yi. The ministers discussed the state of relations.</p>' +
          '<ul class="related"><li><span class="news-date">20 March 2021</span> An interview</li></ul></body></html>',
        { path: 'p.html', name: 'p.html', sha256: '', format: 'html', bytes: 0 },
      ).posts[0]!
    expect(page('<span class="announce__date">23 March 2021 15:40</span>').published).toBe('2021-03-23')
    expect(page('<time>02.12.2019 17:45</time>').published).toBe('2019-12-02')
    // A date without its year is no stamp, and a related item's date below the text is not the page's.
    expect(page('<span class="date">March 23</span>').published).toBeNull()
  })

  it('reads a line break in the markup as a space, as a browser does, except in <pre>', () => {
    const html = '<html><body><article><p>On April 1, Wang Yi met\n      Sergey Lavrov in Moscow.</p><pre>Line one\nLine two</pre></article></body></html>'
    const body = readHtmlPage(html, { path: 'x.html', name: 'x.html', sha256: '', format: 'html', bytes: 0 }).posts[0]!.body
    expect(body).toContain('On April 1, Wang Yi met Sergey Lavrov in Moscow.')
    expect(body).toMatch(/Line one\n+Line two/)
  })
})
