import { describe, expect, it } from 'vitest'
import { alignAccounts } from '../../src/align/align-accounts.js'
import type { AlignedEvent } from '../../src/types.js'
import { makeAccount } from './make-account.js'

const putin = 'Vladimir Putin'
const xi = 'Xi Jinping'
const statement = (id: string, side: 'ru' | 'cn', date: string, place: string | null = null) =>
  makeAccount({
    id,
    side,
    date,
    place,
    kind: 'statement',
    text: 'Joint Statement of the Russian Federation and the People’s Republic of China on Comprehensive Partnership\nThe Parties declare the following.',
  })
const talks = (id: string, side: 'ru' | 'cn', date: string, participants = [putin, xi], place: string | null = 'Moscow') =>
  makeAccount({ id, side, date, place, kind: 'talks', participants, text: `Russian-Chinese talks\n${participants.join(' and ')} held talks.` })

const withAccount = (events: AlignedEvent[], id: string) => events.find((e) => e.ru.includes(id) || e.cn.includes(id))!

describe('align: a joint statement joins the talks that issued it', () => {
  it('joins the one Russia–China event of its day, on its own side or the other, naming no one and no place', () => {
    const events = alignAccounts([talks('001:1', 'ru', '2019-06-05'), statement('001:2', 'ru', '2019-06-05'), talks('002:1', 'cn', '2019-06-05')]).events
    expect(withAccount(events, '001:2')).toMatchObject({ ru: ['001:1', '001:2'], cn: ['002:1'] })
    const across = alignAccounts([statement('003:1', 'ru', '2005-07-01', 'Moscow'), talks('004:1', 'cn', '2005-07-01')]).events
    expect(withAccount(across, '003:1')).toMatchObject({ ru: ['003:1'], cn: ['004:1'] })
    expect(withAccount(across, '003:1').reasons[0]).toBe('003:1 is a joint statement of the only Russia–China talks of its day')
  })

  it('stays alone beside two Russia–China events of its day, another day, another place, or talks with another country', () => {
    const lavrov = 'Sergey Lavrov'
    const two = alignAccounts([
      statement('001:2', 'ru', '2019-06-05'),
      talks('001:1', 'ru', '2019-06-05'),
      talks('002:1', 'cn', '2019-06-05', [lavrov, 'Wang Yi'], 'Moscow'),
    ]).events
    expect(withAccount(two, '001:2')).toMatchObject({ ru: ['001:2'], cn: [] })
    for (const other of [
      talks('002:1', 'cn', '2019-06-06'),
      talks('002:1', 'cn', '2019-06-05', [putin, xi], 'Beijing'),
      talks('002:1', 'cn', '2019-06-05', [lavrov, 'Hossein Amir-Abdollahian']),
    ]) {
      const events = alignAccounts([statement('001:2', 'ru', '2019-06-05', 'Moscow'), other]).events
      expect(withAccount(events, '001:2')).toMatchObject({ ru: ['001:2'], cn: [] })
    }
  })
})
