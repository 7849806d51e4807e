namespace ProDevBot.Slack.SocketMode;

/// <summary>A Socket Mode connection could not be opened; the message is safe to log (no token, no URL).</summary>
public sealed class SocketModeException : Exception
{
    public SocketModeException()
    {
    }

    public SocketModeException(string message)
        : base(message)
    {
    }

    public SocketModeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
