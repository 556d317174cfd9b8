// Entry of the test Worker; the tests call the sandbox directly through `env.LOADER`.
export default {
  fetch: () => new Response("sandbox test worker"),
};
