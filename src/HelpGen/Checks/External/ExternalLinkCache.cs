using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpGen.Checks.External;

/// <summary>
/// Remembers external URLs that answered well, in a JSON file, for a time-to-live, so repeated checks of a pull
/// request do not ask the same hosts again. A missing or unreadable file is an empty cache; entries are written sorted.
/// </summary>
internal sealed partial class ExternalLinkCache
{
    private readonly string? _path;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeToLive;
    private readonly Dictionary<string, CacheEntry> _entries;

    public ExternalLinkCache(string? path, TimeProvider clock, TimeSpan timeToLive)
    {
        _path = path;
        _clock = clock;
        _timeToLive = timeToLive;
        _entries = Load(path);
    }

    public bool TryGet(string url, out ExternalLinkResult result)
    {
        result = null!;
        lock (_entries)
        {
            if (!_entries.TryGetValue(url, out var entry) || _clock.GetUtcNow() - entry.CheckedAt > _timeToLive)
            {
                return false;
            }

            result = new ExternalLinkResult(entry.State, entry.Status, entry.FinalUrl, entry.Message);
            return true;
        }
    }

    public void Store(string url, ExternalLinkResult result)
    {
        if (!result.IsCacheable)
        {
            return;
        }

        lock (_entries)
        {
            _entries[url] = new CacheEntry(url, _clock.GetUtcNow(), result.State, result.StatusCode, result.FinalUrl, result.Message);
        }
    }

    /// <summary>Writes the file (entries still alive, sorted by URL), replacing it atomically. A cache that cannot be written is skipped.</summary>
    public void Save()
    {
        if (_path is null)
        {
            return;
        }

        try
        {
            Write(_path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a read-only folder must not fail the check.
        }
    }

    private void Write(string path)
    {
        var now = _clock.GetUtcNow();
        var alive = _entries.Values.Where(e => now - e.CheckedAt <= _timeToLive).OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new CacheFile(1, alive), CacheJson.Default.CacheFile));
        File.Move(temporary, path, overwrite: true);
    }

    private static Dictionary<string, CacheEntry> Load(string? path)
    {
        try
        {
            if (path is not null && File.Exists(path))
            {
                var file = JsonSerializer.Deserialize(File.ReadAllText(path), CacheJson.Default.CacheFile);
                if (file is { Version: 1 })
                {
                    return file.Entries.ToDictionary(e => e.Url, StringComparer.Ordinal);
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged cache is only a slower check: start empty and overwrite it.
        }

        return new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
    }

    private sealed record CacheFile(int Version, IReadOnlyList<CacheEntry> Entries);

    /// <summary>The file's JSON: camelCase names and states, no nulls, indented; generated code, no reflection.</summary>
    [JsonSourceGenerationOptions(
        WriteIndented = true,
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = [typeof(StateNames)])]
    [JsonSerializable(typeof(CacheFile))]
    private sealed partial class CacheJson : JsonSerializerContext;

    private sealed class StateNames() : JsonStringEnumConverter<ExternalLinkState>(JsonNamingPolicy.CamelCase);

    private sealed record CacheEntry(string Url, DateTimeOffset CheckedAt, ExternalLinkState State, int? Status, string? FinalUrl, string Message);
}
