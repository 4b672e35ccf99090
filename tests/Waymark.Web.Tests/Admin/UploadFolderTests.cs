using System.Text;

using Microsoft.Extensions.Configuration;

using Waymark.Web.Uploads;

namespace Waymark.Web.Tests.Admin;

/// <summary>Abandoned uploads (checked but never confirmed or discarded) are removed, files and all, after a day by the app's clock.</summary>
public sealed class UploadFolderTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2011, 1, 17, 9, 0, 0, TimeSpan.Zero);

    private readonly string root = Directory.CreateTempSubdirectory("waymark-uploads-").FullName;
    private readonly MovableClock clock = new(Monday);
    private readonly UploadFolder folder;

    public UploadFolderTests()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [UploadFolder.Setting] = root }).Build();
        folder = new UploadFolder(configuration, clock);
    }

    [Fact]
    public async Task Upload_LeftForADay_IsStillThere()
    {
        string id = await KeepAsync("results.csv");

        clock.Now = Monday + UploadFolder.MaxAge;
        PendingUpload? found = await folder.FindAsync(id, CancellationToken.None);

        Assert.Equal(("results", "results.csv", Monday), (found?.Kind, found?.FileName, found?.KeptAt));
        Assert.Equal(0, await folder.RemoveAbandonedAsync(CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(root, id, "file")));
    }

    [Fact]
    public async Task Upload_LeftForMoreThanADay_CannotBeFoundAndGoesWithTheNextUpload()
    {
        string abandoned = await KeepAsync("results-q3.csv");
        clock.Now = Monday.AddHours(12);
        string recent = await KeepAsync("results-q4.csv");

        clock.Now = Monday + UploadFolder.MaxAge + TimeSpan.FromMinutes(1);
        Assert.Null(await folder.FindAsync(abandoned, CancellationToken.None));
        Assert.True(Directory.Exists(Path.Combine(root, abandoned)));
        string next = await KeepAsync("targets.csv");

        Assert.Equal(new[] { next, recent }.Order(StringComparer.Ordinal), Directory.EnumerateDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(root, abandoned)));
        Assert.Equal("results-q4.csv", (await folder.FindAsync(recent, CancellationToken.None))?.FileName);
    }

    [Fact]
    public async Task RemoveAbandoned_CountsWhatItRemovedAndLeavesOtherFolders()
    {
        await KeepAsync("a.csv");
        await KeepAsync("b.csv");
        Directory.CreateDirectory(Path.Combine(root, "not-an-upload"));

        clock.Now = Monday.AddDays(2);

        Assert.Equal(2, await folder.RemoveAbandonedAsync(CancellationToken.None));
        Assert.Equal(["not-an-upload"], Directory.EnumerateDirectories(root).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<string> KeepAsync(string fileName)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("indicator,period,value\nNI 66,2010/11 Q3,87.4\n"));
        return await folder.KeepAsync(fileName.StartsWith("targets", StringComparison.Ordinal) ? "targets" : "results", fileName, content, CancellationToken.None);
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
