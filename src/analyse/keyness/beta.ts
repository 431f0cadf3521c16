/*
 * The regularized incomplete beta function and its inverse, for exact binomial intervals.
 * Press, Teukolsky, Vetterling & Flannery, Numerical Recipes (3rd ed., 2007), §6.1 (gammln,
 * Lanczos) and §6.4 (betai, betacf: continued fraction by the modified Lentz method).
 */

const LANCZOS = [
  57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
  0.339946499848118887e-4, 0.465236289270485756e-4, -0.983744753048795646e-4, 0.158088703224912494e-3,
  -0.210264441724104883e-3, 0.217439618115212643e-3, -0.164318106536763890e-3, 0.844182239838527433e-4,
  -0.261908384015814087e-4, 0.368991826595316234e-5,
]

/** ln Γ(x) for x > 0 (Numerical Recipes `gammln`, g = 671/128, 14 terms). */
export function lnGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`lnGamma: expected x > 0, got ${x}`)
  let y = x
  let tmp = x + 5.2421875
  tmp = (x + 0.5) * Math.log(tmp) - tmp
  let ser = 0.999999999999997092
  for (const c of LANCZOS) ser += c / ++y
  return tmp + Math.log((2.5066282746310005 * ser) / x)
}

const EPS = 1e-15
const FPMIN = 1e-300

/** Continued fraction for the incomplete beta (NR `betacf`), modified Lentz. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b
  const qap = a + 1
  const qam = a - 1
  let c = 1
  let d = 1 - (qab * x) / qap
  if (Math.abs(d) < FPMIN) d = FPMIN
  d = 1 / d
  let h = d
  // Convergence takes O(sqrt(max(a, b))) steps; the cap only guards against a bug.
  const maxIterations = 10_000 + 10 * Math.ceil(Math.sqrt(Math.max(a, b)))
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < FPMIN) d = FPMIN
    c = 1 + aa / c
    if (Math.abs(c) < FPMIN) c = FPMIN
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    if (Math.abs(d) < FPMIN) d = FPMIN
    c = 1 + aa / c
    if (Math.abs(c) < FPMIN) c = FPMIN
    d = 1 / d
    const del = d * c
    h *= del
    if (Math.abs(del - 1) < EPS) return h
  }
  return h
}

/** Regularized incomplete beta I_x(a, b) = P(Beta(a, b) ≤ x), for a, b > 0 (NR `betai`). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`incompleteBeta: expected a, b > 0, got ${a}, ${b}`)
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x))
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p, by bisection (I_x is increasing in x).
 * 64 halvings of [0, 1] reach the resolution of a double.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0
  if (p >= 1) return 1
  let lo = 0
  let hi = 1
  for (let i = 0; i < 64; i++) {
    const mid = (lo + hi) / 2
    if (mid === lo || mid === hi) break
    if (incompleteBeta(mid, a, b) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}
