import { showPreferences } from 'keks';
import { useAccepted, useConsent } from 'keks/react';

/** Rendered only while analytics is accepted: mounting it is where a real app would start its analytics. */
function AnalyticsPanel() {
  return <p id="analytics">Analytics is on: this component loads only with consent.</p>;
}

export function App() {
  const analytics = useAccepted('analytics');
  const { decided } = useConsent();
  return (
    <main>
      <h1>Vite + React with Keks</h1>
      {analytics ? <AnalyticsPanel /> : <p id="no-analytics">Analytics is off.</p>}
      <p id="decided">{decided ? 'You have chosen.' : 'You have not chosen yet.'}</p>
      <button type="button" id="settings" onClick={(e) => void showPreferences(e.currentTarget)}>
        Cookie settings
      </button>
    </main>
  );
}
