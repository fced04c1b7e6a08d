// The issue panel's shell; the run view arrives with the panel issue.
export function App() {
  return (
    <main aria-labelledby="panel-title">
      <h1 id="panel-title">Onboarding playbook</h1>
      <p>No playbook view yet in this build.</p>
    </main>
  );
}
