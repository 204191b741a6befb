using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpGen.Preview;

/// <summary>
/// The HTTP side of <c>helpgen serve</c>: Kestrel serving a <see cref="PreviewSite"/> from memory, with live reload
/// over server-sent events. Listens on loopback unless told otherwise.
/// </summary>
public sealed partial class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PreviewSite _site;
    private readonly ChangeFeed _feed = new();
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..8];
    private bool _loopbackOnly = true;

    private PreviewServer(WebApplication app, PreviewSite site)
    {
        _app = app;
        _site = site;
        _site.Rebuilt += Publish;
        app.Run(HandleAsync);
    }

    /// <summary>The address browsers use, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>How many browsers are listening for live reload right now.</summary>
    public int Listeners => _feed.Count;

    /// <summary>Starts listening on <paramref name="host"/> (an IP address or <c>localhost</c>) and <paramref name="port"/> (0 picks a free one).</summary>
    /// <exception cref="PortInUseException">Another program listens there.</exception>
    /// <exception cref="ArgumentException"><paramref name="host"/> is not an IP address or <c>localhost</c>.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewSite site, string host, int port, CancellationToken cancellationToken = default)
    {
        var listen = ListenAction(host, port);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => listen(options));
        var server = new PreviewServer(builder.Build(), site)
        {
            _loopbackOnly = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)),
        };
        try
        {
            await server._app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is AddressInUseException || ex.InnerException is AddressInUseException)
        {
            await server.DisposeAsync();
            throw new PortInUseException(host, port, ex);
        }

        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        _site.Rebuilt -= Publish;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private static Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions> ListenAction(string host, int port)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return options => options.Listen(IPAddress.Loopback, port);
        if (!IPAddress.TryParse(host, out var address)) throw new ArgumentException($"--host must be an IP address or localhost, not '{host}'", nameof(host));
        return options => options.Listen(address, port);
    }

    private string VersionTag(long version) => $"{_epoch}.{version}";

    private void Publish(RebuildReport report)
    {
        if (report.ChangedFiles.Count == 0 && !report.OverlayChanged) return;
        var all = report.OverlayChanged || report.ChangedFiles.Count > 1000;
        var paths = all ? [] : report.ChangedFiles;
        var json = new JsonObject
        {
            ["version"] = VersionTag(report.Version),
            ["all"] = all,
            ["paths"] = new JsonArray([.. paths.Select(path => JsonValue.Create(path))]),
        }.ToJsonString();
        _feed.Publish($"event: change\ndata: {json}\n\n");
    }
}
