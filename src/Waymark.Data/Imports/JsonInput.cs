using System.Text;
using System.Text.Json;

using Waymark.Data.Files;

namespace Waymark.Data.Imports;

/// <summary>
/// A JSON file being read: its problems, and the line each value starts on, found by path
/// (<c>plans[0].priorities[2].lead_officer</c>) so that every problem can name both.
/// </summary>
internal sealed class JsonInput
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, long> lines;

    private JsonInput(string file, FileProblems problems, Dictionary<string, long> lines)
    {
        File = file;
        Problems = problems;
        this.lines = lines;
    }

    public string File { get; }

    public FileProblems Problems { get; }

    /// <summary>Reads the whole of <paramref name="text"/>; <see langword="null"/> (with the problem recorded) when it is not JSON.</summary>
    public static async Task<JsonNode?> ReadAsync(TextReader text, string fileName, FileProblems problems, CancellationToken cancellationToken)
    {
        string json = await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(json))
        {
            problems.Add(fileName, 0, null, "The file is empty: it should hold one JSON object");
            return null;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(json);
        Dictionary<string, long> lines;
        try
        {
            lines = LineMap(bytes);
        }
        catch (JsonException e)
        {
            problems.Add(fileName, e.LineNumber is long line ? line + 1 : 0, null, "This is not valid JSON: " + Reason(e));
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(bytes, DocumentOptions);
        return new JsonNode(new JsonInput(fileName, problems, lines), document.RootElement.Clone(), string.Empty);
    }

    /// <summary>The line <paramref name="path"/> starts on, or that of the nearest enclosing value written in the file.</summary>
    public long LineOf(string path)
    {
        for (string p = path; ; p = Parent(p))
        {
            if (lines.TryGetValue(p, out long line))
            {
                return line;
            }

            if (p.Length == 0)
            {
                return 0;
            }
        }
    }

    public void Problem(string path, string message) =>
        Problems.Add(File, LineOf(path), path.Length == 0 ? null : path, message);

    private static string Parent(string path)
    {
        int cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? string.Empty : path[..cut];
    }

    private static string Reason(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim();
    }

    /// <summary>Walks the tokens once, noting the line of every property and array item by its path.</summary>
    private static Dictionary<string, long> LineMap(byte[] bytes)
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var open = new List<Container>();
        string property = string.Empty;
        long line = 1;
        int counted = 0;
        while (reader.Read())
        {
            int start = (int)reader.TokenStartIndex;
            line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
            counted = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = JsonNode.Join(open[^1].Path, reader.GetString()!);
                    lines.TryAdd(property, line);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.RemoveAt(open.Count - 1);
                    break;
                default:
                    string path = open.Count == 0 ? string.Empty : open[^1].IsArray ? $"{open[^1].Path}[{open[^1].Items++}]" : property;
                    lines.TryAdd(path, line);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        open.Add(new Container(path, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }

        return lines;
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Items { get; set; }
    }
}
