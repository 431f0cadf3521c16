import { describe, expect, it } from 'vitest'
import { alignAccounts } from '../../src/align/align-accounts.js'
import type { AlignedEvent } from '../../src/types.js'
import { makeAccount } from './make-account.js'

// A lone Telegram post that says "On February 20" and nothing that gives the year (no neighbour,
// tag or stamp), and the Chinese readouts of the ministers' calls.
const people = ['Sergey Lavrov', 'Wang Yi']
const yearLess = makeAccount({
  id: 'post:1',
  side: 'ru',
  kind: 'phone call',
  participants: people,
  monthDay: '02-20',
  dateReason: '"On February 20" on the first line, but nothing gives its year',
  text: "On February 20, Foreign Minister Sergey Lavrov had a telephone conversation with Foreign Minister of the People's Republic of China Wang Yi.",
})
const cnCall = (id: string, date: string) =>
  makeAccount({
    id,
    side: 'cn',
    date,
    kind: 'phone call',
    participants: ['Wang Yi', 'Sergey Lavrov'],
    text: `Wang Yi Speaks with Russian Foreign Minister Sergey Lavrov on the Phone\nOn ${date}, Wang Yi spoke with Sergey Lavrov on the phone.`,
  })
const eventOf = (events: AlignedEvent[], id: string) => events.find((e) => e.ru.includes(id) || e.cn.includes(id))!

describe('align: a text that states the day but not the year', () => {
  it('pairs with the other side dated on that day, saying the year is missing', () => {
    const { events } = alignAccounts([yearLess, cnCall('cn:1', '2024-02-20')])
    const event = eventOf(events, 'post:1')
    expect(event).toMatchObject({ ru: ['post:1'], cn: ['cn:1'], date: '2024-02-20' })
    expect(event.reasons).toContain('same day of the year: cn:1 is dated 2024-02-20, post:1 gives February 20 without a year')
    expect(event.against).toContain('post:1 states no year')
  })

  it('stays alone when the same ministers spoke on that day of two years, or on another day', () => {
    const twoYears = alignAccounts([yearLess, cnCall('cn:1', '2024-02-20'), cnCall('cn:2', '2023-02-20')]).events
    expect(eventOf(twoYears, 'post:1')).toMatchObject({ ru: ['post:1'], cn: [] })
    const nextDay = alignAccounts([yearLess, cnCall('cn:1', '2024-02-21')]).events
    expect(eventOf(nextDay, 'post:1')).toMatchObject({ ru: ['post:1'], cn: [] })
  })

  it('needs a common person: the same day of the year alone says nothing', () => {
    const other = makeAccount({ id: 'cn:3', side: 'cn', date: '2024-02-20', kind: 'phone call', participants: ['Xi Jinping', 'Vladimir Putin'], text: 'Xi Jinping Speaks with Vladimir Putin on the Phone' })
    expect(eventOf(alignAccounts([yearLess, other]).events, 'post:1')).toMatchObject({ ru: ['post:1'], cn: [] })
  })
})
