export function buildServiceWorker(): void;
