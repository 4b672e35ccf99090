using System.Text;
using System.Text.Json.Nodes;

using Waymark.Data.Backups;
using Waymark.Data.Store;

namespace Waymark.Data.Tests.Backups;

public class BackupManifestTests
{
    private static readonly BackupManifest Sample = new(
        1,
        DatabaseProvider.Postgres,
        21,
        new DateTimeOffset(2011, 4, 1, 18, 0, 3, 120, TimeSpan.Zero),
        "waymark.dump",
        123_456,
        "98bf04ba4f1ca0bde73b34d161d8f4e421f2d81c3b82f333ab5c9a1dae26da5e");

    private static BackupManifest? Parse(string json, out BackupProblem? problem) =>
        BackupManifest.TryParse(Encoding.UTF8.GetBytes(json), out problem);

    private static string Edited(Action<JsonObject> edit)
    {
        JsonObject manifest = JsonNode.Parse(Sample.ToJson())!.AsObject();
        edit(manifest);
        return manifest.ToJsonString();
    }

    [Fact]
    public void ToJson_ThenTryParse_GivesTheSameManifest()
    {
        BackupManifest? read = BackupManifest.TryParse(Sample.ToJson(), out BackupProblem? problem);

        Assert.Null(problem);
        Assert.Equal(Sample, read);
    }

    [Fact]
    public void ToJson_WritesEveryFieldByItsDocumentedName()
    {
        Assert.Equal(
            """
            {
              "format": "waymark-backup",
              "format_version": 1,
              "engine": "postgres",
              "schema_version": 21,
              "created_at": "2011-04-01T18:00:03.120+00:00",
              "data_file": "waymark.dump",
              "data_bytes": 123456,
              "data_sha256": "98bf04ba4f1ca0bde73b34d161d8f4e421f2d81c3b82f333ab5c9a1dae26da5e"
            }
            """.ReplaceLineEndings("\n"),
            Encoding.UTF8.GetString(Sample.ToJson()).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("format_version", "\"1\"", "a whole number of 1 or more")]
    [InlineData("format_version", "0", "a whole number of 1 or more")]
    [InlineData("engine", "\"mysql\"", "sqlite or postgres")]
    [InlineData("schema_version", "0", "a whole number of 1 or more")]
    [InlineData("schema_version", "21.5", "a whole number of 1 or more")]
    [InlineData("created_at", "\"2011-04-01T18:00:03\"", "a date and time such as 2011-04-01T09:30:00.000+00:00")]
    [InlineData("created_at", "\"1 April 2011\"", "a date and time such as 2011-04-01T09:30:00.000+00:00")]
    [InlineData("data_file", "\"waymark.db\"", "waymark.dump")]
    [InlineData("data_bytes", "-1", "a whole number of bytes")]
    [InlineData("data_sha256", "\"98BF04BA4F1CA0BDE73B34D161D8F4E421F2D81C3B82F333AB5C9A1DAE26DA5E\"", "64 lower-case hexadecimal digits")]
    [InlineData("data_sha256", "\"98bf04ba\"", "64 lower-case hexadecimal digits")]
    public void TryParse_FieldOfTheWrongKind_IsNotABackupNamingTheField(string field, string value, string expected)
    {
        BackupManifest? read = Parse(Edited(m => m[field] = JsonNode.Parse(value)), out BackupProblem? problem);

        Assert.Null(read);
        Assert.Equal(new BackupProblem(BackupProblemKind.NotABackup, $"in its manifest.json, \"{field}\" is missing or is not {expected}"), problem);
    }

    [Theory]
    [InlineData("format_version")]
    [InlineData("engine")]
    [InlineData("schema_version")]
    [InlineData("created_at")]
    [InlineData("data_file")]
    [InlineData("data_bytes")]
    [InlineData("data_sha256")]
    public void TryParse_FieldMissing_IsNotABackupNamingTheField(string field)
    {
        BackupManifest? read = Parse(Edited(m => m.Remove(field)), out BackupProblem? problem);

        Assert.Null(read);
        Assert.Equal(BackupProblemKind.NotABackup, problem!.Kind);
        Assert.StartsWith($"in its manifest.json, \"{field}\" is missing or is not ", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"format": "something-else"}""")]
    [InlineData("""["waymark-backup"]""")]
    [InlineData("""{}""")]
    public void TryParse_ManifestOfSomethingElse_IsNotABackup(string json)
    {
        Assert.Null(Parse(json, out BackupProblem? problem));
        Assert.Equal(new BackupProblem(BackupProblemKind.NotABackup, "its manifest.json does not say \"format\": \"waymark-backup\""), problem);
    }

    [Fact]
    public void TryParse_NewerFormat_IsRefusedAsNewer()
    {
        Assert.Null(Parse(Edited(m => m["format_version"] = 2), out BackupProblem? problem));
        Assert.Equal(new BackupProblem(BackupProblemKind.Newer, "it was written by a newer Waymark, in backup format 2; this Waymark reads format 1"), problem);
    }
}
