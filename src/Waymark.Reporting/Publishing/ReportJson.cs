using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using Waymark.Reporting.Content;

namespace Waymark.Reporting.Publishing;

/// <summary>The report model as JSON, as it is frozen when published.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(BoardReport report) => JsonSerializer.Serialize(report, Options);

    public static BoardReport Deserialize(string json) =>
        JsonSerializer.Deserialize<BoardReport>(json, Options) ?? throw new JsonException("The published report holds no report.");
}
