using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

using Waymark.Data.Store;

namespace Waymark.Data.Backups;

/// <summary>
/// <c>manifest.json</c> in a backup file: which engine the data is for, the schema version it was taken at, when, and
/// the size and SHA-256 hash of the data file beside it, so that a restore can refuse a file that is damaged, changed,
/// or newer than the Waymark restoring it.
/// </summary>
/// <param name="FormatVersion">The version of the backup file's layout; this Waymark writes and reads <see cref="CurrentFormatVersion"/>.</param>
/// <param name="Engine">The engine whose copy the data file is: a SQLite database, or a PostgreSQL <c>pg_dump</c> archive.</param>
/// <param name="SchemaVersion">The store's schema version (its highest applied script) when the copy was taken.</param>
/// <param name="CreatedAt">When the copy was taken.</param>
/// <param name="DataFile">The name of the data file in the backup.</param>
/// <param name="DataBytes">The data file's length.</param>
/// <param name="DataSha256">The SHA-256 hash of the data file, as 64 lower-case hexadecimal digits.</param>
public sealed record BackupManifest(int FormatVersion, DatabaseProvider Engine, int SchemaVersion, DateTimeOffset CreatedAt, string DataFile, long DataBytes, string DataSha256)
{
    /// <summary>The value of <c>format</c> in every Waymark backup's manifest.</summary>
    public const string Format = "waymark-backup";

    /// <summary>The layout this Waymark writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The manifest's name in the backup file.</summary>
    public const string EntryName = "manifest.json";

    // ISO 8601 with an offset, as written; fractions of a second may be left out.
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz"];

    /// <summary>The data file's name for an engine.</summary>
    public static string DataFileFor(DatabaseProvider engine) => engine == DatabaseProvider.Sqlite ? "waymark.db" : "waymark.dump";

    /// <summary>The engine's name in the manifest: <c>sqlite</c> or <c>postgres</c>.</summary>
    public static string EngineName(DatabaseProvider engine) => engine == DatabaseProvider.Sqlite ? "sqlite" : "postgres";

    /// <summary>The manifest as indented UTF-8 JSON.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteNumber("format_version", FormatVersion);
            writer.WriteString("engine", EngineName(Engine));
            writer.WriteNumber("schema_version", SchemaVersion);
            writer.WriteString("created_at", CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
            writer.WriteString("data_file", DataFile);
            writer.WriteNumber("data_bytes", DataBytes);
            writer.WriteString("data_sha256", DataSha256);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a manifest, or says why <paramref name="json"/> is not one: not JSON, not of a Waymark backup, a field
    /// missing or of the wrong kind, or a newer layout than this Waymark reads.
    /// </summary>
    public static BackupManifest? TryParse(ReadOnlySpan<byte> json, out BackupProblem? problem)
    {
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException e)
        {
            problem = new(BackupProblemKind.NotABackup, $"its {EntryName} is not JSON ({e.Message})");
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != Format)
            {
                problem = new(BackupProblemKind.NotABackup, $"its {EntryName} does not say \"format\": \"{Format}\"");
                return null;
            }

            if (Whole(root, "format_version") is not int formatVersion || formatVersion < 1)
            {
                problem = Field("format_version", "a whole number of 1 or more");
                return null;
            }

            if (formatVersion > CurrentFormatVersion)
            {
                problem = new(BackupProblemKind.Newer, $"it was written by a newer Waymark, in backup format {formatVersion}; this Waymark reads format {CurrentFormatVersion}");
                return null;
            }

            DatabaseProvider? engine = Text(root, "engine") switch
            {
                "sqlite" => DatabaseProvider.Sqlite,
                "postgres" => DatabaseProvider.Postgres,
                _ => null,
            };
            if (engine is null)
            {
                problem = Field("engine", "sqlite or postgres");
                return null;
            }

            if (Whole(root, "schema_version") is not int schemaVersion || schemaVersion < 1)
            {
                problem = Field("schema_version", "a whole number of 1 or more");
                return null;
            }

            if (Text(root, "created_at") is not { } createdText
                || !DateTimeOffset.TryParseExact(createdText, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset createdAt))
            {
                problem = Field("created_at", "a date and time such as 2011-04-01T09:30:00.000+00:00");
                return null;
            }

            if (Text(root, "data_file") != DataFileFor(engine.Value))
            {
                problem = Field("data_file", DataFileFor(engine.Value));
                return null;
            }

            if (!root.TryGetProperty("data_bytes", out JsonElement bytesElement) || bytesElement.ValueKind != JsonValueKind.Number
                || !bytesElement.TryGetInt64(out long dataBytes) || dataBytes < 0)
            {
                problem = Field("data_bytes", "a whole number of bytes");
                return null;
            }

            if (Text(root, "data_sha256") is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
            {
                problem = Field("data_sha256", "64 lower-case hexadecimal digits");
                return null;
            }

            return new BackupManifest(formatVersion, engine.Value, schemaVersion, createdAt, DataFileFor(engine.Value), dataBytes, hash);
        }
    }

    private static BackupProblem Field(string name, string expected) =>
        new(BackupProblemKind.NotABackup, $"in its {EntryName}, \"{name}\" is missing or is not {expected}");

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Whole(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : null;
}
