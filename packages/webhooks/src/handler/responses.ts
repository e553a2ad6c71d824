// The answers Halo gets. Halo retries a delivery that is not answered with a 2xx, so only a
// delivery that was handled (or is a duplicate of one) gets a 2xx.

export function answer(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  })
}
