// The admin page's shell; playbooks, people and insight arrive with the admin page issue.
export function App() {
  return (
    <main aria-labelledby="admin-title">
      <h1 id="admin-title">Onboarding Playbooks</h1>
      <p>No admin view yet in this build.</p>
    </main>
  );
}
