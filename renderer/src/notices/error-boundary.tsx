// Last line of defence: a render error shows a readable message and a way out, never a blank window.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What part of the app this guards, for the message ("the reader", "Dossier"). */
  area?: string;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console so a bug report can include the component stack.
    console.error('Dossier render error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h2>Something went wrong in {this.props.area ?? 'Dossier'}.</h2>
        <p>Your notebook on disk is unaffected. The problem was:</p>
        <pre className="crash__message">{error.message || String(error)}</pre>
        <div className="crash__actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => location.reload()}>
            Reload Dossier
          </button>
        </div>
      </div>
    );
  }
}
