const isDigit = (c: number) => c >= 48 && c <= 57

/**
 * Natural order of account ids: `003:2` before `003:10`; digit runs compare as numbers (a run with
 * more leading zeros sorts after the same number with fewer). Allocation-free: it runs in every sort.
 */
export function compareIds(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    if (isDigit(ca) && isDigit(cb)) {
      let si = i
      while (a.charCodeAt(si) === 48) si++
      let sj = j
      while (b.charCodeAt(sj) === 48) sj++
      let ei = si
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++
      let ej = sj
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++
      if (ei - si !== ej - sj) return ei - si < ej - sj ? -1 : 1
      for (let k = 0; k < ei - si; k++) {
        const da = a.charCodeAt(si + k)
        const db = b.charCodeAt(sj + k)
        if (da !== db) return da < db ? -1 : 1
      }
      if (ei - i !== ej - j) return ei - i < ej - j ? -1 : 1
      i = ei
      j = ej
    } else {
      if (ca !== cb) return ca < cb ? -1 : 1
      i++
      j++
    }
  }
  const restA = a.length - i
  const restB = b.length - j
  return restA === restB ? 0 : restA < restB ? -1 : 1
}
