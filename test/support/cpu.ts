// Processor time of this process, for the few tests that guard against a return of quadratic time: unlike wall time,
// other jobs on the machine do not add to it.
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
