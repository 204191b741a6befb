using System.Threading.Channels;

namespace HelpGen.Preview;

/// <summary>Fans live-reload messages out to every connected browser (one channel per server-sent events stream).</summary>
internal sealed class ChangeFeed
{
    private readonly object _gate = new();
    private readonly List<Channel<string>> _subscribers = [];

    public int Count
    {
        get
        {
            lock (_gate) return _subscribers.Count;
        }
    }

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate) _subscribers.Add(channel);
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_gate) _subscribers.RemoveAll(c => c.Reader == reader);
    }

    public void Publish(string message)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(message);
        }
    }
}
