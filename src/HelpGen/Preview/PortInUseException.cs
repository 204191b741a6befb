namespace HelpGen.Preview;

/// <summary>The preview server could not listen because another program already uses the address and port.</summary>
public sealed class PortInUseException(string host, int port, Exception inner)
    : Exception($"cannot listen on {host}:{port}: the port is already in use (stop the other server or pick another with --port)", inner)
{
    public string Host { get; } = host;

    public int Port { get; } = port;
}
