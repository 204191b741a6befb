using System.Text;
using HelpGen.Output;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;

namespace HelpGen.Preview;

/// <summary>Answering requests: pages and files from memory, the live-reload script and its event stream.</summary>
public sealed partial class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!IsAllowedHost(request.Host))
        {
            // DNS rebinding: a page from evil.example whose name now resolves to 127.0.0.1 must not read the preview.
            await WriteAsync(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("421 Misdirected Request: this preview answers only to its loopback address\n"));
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        if (path == LiveReload.ScriptPath)
        {
            await WriteAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
            return;
        }

        await ServeSiteAsync(context, path);
    }

    /// <summary>
    /// On a loopback address only Host headers naming loopback (localhost, 127.x.x.x, [::1]) are answered; a server
    /// the user bound to another address answers every name it is reached by.
    /// </summary>
    /// <summary>What the host's <c>_redirects</c> answers for a missing path: its locale's <c>404.html</c>, else the site's.</summary>
    private OutputFile? NotFoundPage(string sitePath)
    {
        var slash = sitePath.IndexOf('/', StringComparison.Ordinal);
        var locale = slash > 0 ? _site.Find($"{sitePath[..slash]}/404.html") : null;
        return locale ?? _site.Find("404.html");
    }

    private bool IsAllowedHost(HostString host)
    {
        if (!_loopbackOnly) return true;
        var name = host.Host.Trim('[', ']');
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return System.Net.IPAddress.TryParse(name, out var address) && System.Net.IPAddress.IsLoopback(address);
    }

    private async Task ServeSiteAsync(HttpContext context, string path)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? path;
        var sitePath = RequestPath.ToSitePath(path, raw);
        if (sitePath is null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("400 Bad Request: this path is not allowed\n"));
            return;
        }

        var version = _site.Version;
        var file = await _site.FindAsync(sitePath);
        if (file is null && !sitePath.EndsWith("index.html", StringComparison.Ordinal) && _site.Find(sitePath + "/index.html") is not null)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = context.Request.PathBase + context.Request.Path.ToUriComponent() + "/" + context.Request.QueryString;
            return;
        }

        var status = file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        file ??= NotFoundPage(sitePath);
        if (file is null)
        {
            await WriteAsync(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("404 Not Found\n"));
            return;
        }

        var type = ContentType(file.Path);
        var content = file.IsHtml ? LiveReload.Inject(file.Content, file.Path, VersionTag(version), status == 404, _site.Errors) : file.Content;
        await WriteAsync(context, status, type, content);
    }

    private static string ContentType(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var found) ? found : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] content)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var stopping = context.RequestServices.GetService(typeof(IHostApplicationLifetime)) is IHostApplicationLifetime lifetime ? lifetime.ApplicationStopping : CancellationToken.None;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var reader = _feed.Subscribe();
        try
        {
            await context.Response.WriteAsync($"retry: 500\nevent: hello\ndata: {VersionTag(_site.Version)}\n\n", cancel.Token);
            await context.Response.Body.FlushAsync(cancel.Token);
            await foreach (var message in reader.ReadAllAsync(cancel.Token))
            {
                await context.Response.WriteAsync(message, cancel.Token);
                await context.Response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away or the server is stopping.
        }
        finally
        {
            _feed.Unsubscribe(reader);
        }
    }
}
