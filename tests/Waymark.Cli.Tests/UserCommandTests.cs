using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Cli.Tests;

public sealed class UserCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("waymark-cli-user-").FullName;

    private string Database => "sqlite:" + Path.Combine(folder, "waymark.db");

    [Fact]
    public async Task UserAdd_PasswordOnStandardInput_StoresOnlyItsHashAndTheRoles()
    {
        CliRun run = Run("a long pass phrase\n", "user", "add", "--email", "pat.jones@example.org", "--name", "Pat Jones", "--role", "data-officer", "--role", "member", "--database", Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Added Pat Jones <pat.jones@example.org> as data-officer, member. They can now sign in to the web application.", run.OutputLines.Single());
        await using WaymarkDb db = WaymarkDatabase.Open(Data.Store.DatabaseLocation.Sqlite(Path.Combine(folder, "waymark.db")), TimeProvider.System, "test");
        User user = await db.Users.Include(u => u.Roles).SingleAsync();
        Assert.Equal(["data-officer", "member"], user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("a long pass phrase", user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash!, "a long pass phrase"));
        Assert.Equal("(hidden)", System.Text.Json.JsonDocument.Parse((await db.AuditLog.SingleAsync(a => a.Entity == "user")).After!).RootElement.GetProperty("password_hash").GetString());
    }

    [Fact]
    public void UserAdd_ShortPassword_SaysHowLongItMustBe()
    {
        CliRun run = Run("short\n", "user", "add", "--email", "pat.jones@example.org", "--name", "Pat Jones", "--role", "member", "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("The password has 5 characters: it must have at least 12", run.ErrorLines.Single());
    }

    [Fact]
    public void UserAdd_UnknownRole_NamesTheRoles()
    {
        CliRun run = Run("a long pass phrase\n", "user", "add", "--email", "pat.jones@example.org", "--name", "Pat Jones", "--role", "mayor", "--database", Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("mayor", run.Error, StringComparison.Ordinal);
        Assert.Contains("accountable-officer", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UserAdd_EmailAlreadyUsed_IsRefused()
    {
        Run("a long pass phrase\n", "user", "add", "--email", "pat.jones@example.org", "--name", "Pat Jones", "--role", "member", "--database", Database);

        CliRun again = Run("another pass phrase\n", "user", "add", "--email", "PAT.JONES@example.org", "--name", "Pat Jones", "--role", "director", "--database", Database);

        Assert.Equal(1, again.ExitCode);
        Assert.Equal("There is already a user with the email PAT.JONES@example.org", again.ErrorLines.Single());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static CliRun Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLine.Run(args, new CliContext(output, error, Colour: false, Interactive: false, TimeProvider.System, "test", new StringReader(input)));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
