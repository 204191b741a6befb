using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpGen.Tests.Checks;

/// <summary>A Kestrel server on 127.0.0.1 (a free port) for external-link tests; counts requests per "METHOD path".</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalHttpServer(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public string BaseUrl { get; private set; } = string.Empty;

    public int Count(string method, string path) => Requests.GetValueOrDefault($"{method} {path}");

    public static async Task<LocalHttpServer> StartAsync(Func<HttpContext, int, Task> handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalHttpServer(app);
        app.Run(context =>
        {
            var key = $"{context.Request.Method} {context.Request.Path}";
            var count = server.Requests.AddOrUpdate(key, 1, (_, n) => n + 1);
            return handle(context, count);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
