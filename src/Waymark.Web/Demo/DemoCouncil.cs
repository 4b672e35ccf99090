using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Imports;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;

namespace Waymark.Web.Demo;

/// <summary>
/// Fills an empty store with the Leeds Children's Services sample (indicators, targets, results and framework,
/// through the same importers as <c>waymark import</c>) and gives one user of each role a password, printed once.
/// </summary>
public sealed class DemoCouncil(WaymarkDb db, UserManager<User> users, TimeProvider clock)
{
    /// <summary>The sample files, in the order they are imported.</summary>
    public static IReadOnlyList<(string Kind, string File)> Files { get; } =
    [
        ("indicators", "indicators.csv"), ("targets", "targets.csv"), ("results", "results.csv"), ("framework", "framework.json"),
    ];

    /// <summary>Where the build puts the sample files.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Demo", "leeds-childrens-services");

    /// <summary>Loads the demo when the store has no indicators and no users; says what it did on <paramref name="output"/>.</summary>
    /// <returns>The accounts made, with their passwords; empty when the store already held data.</returns>
    public async Task<IReadOnlyList<DemoAccount>> LoadIfEmptyAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (await db.Indicators.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return [];
        }

        var options = new ImportOptions("web:demo", clock);
        foreach ((string kind, string file) in Files)
        {
            using var reader = new StreamReader(Path.Combine(Folder, file));
            ImportReport report = await Importers.ByKind[kind](db, reader, file, options, cancellationToken);
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"The demo file {file} did not import: {string.Join("; ", report.Problems.Kept.Select(p => p.ToString()))}");
            }
        }

        db.ChangeTracker.Clear();
        var accounts = new List<DemoAccount>();
        var chosen = new HashSet<int>();
        foreach (string role in RoleNames.All)
        {
            User? user = await db.Users.Include(u => u.Roles)
                .Where(u => u.Roles.Any(r => r.Role == role) && !chosen.Contains(u.Id))
                .OrderBy(u => u.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                continue;
            }

            string password = AccountPasswords.Generate();
            IdentityResult result = await users.AddPasswordAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {user.Email} has no password: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            chosen.Add(user.Id);
            accounts.Add(new DemoAccount(role, user.Email, user.Name, password));
        }

        await output.WriteLineAsync("Waymark loaded the demo council (Leeds Children's Services sample). Sign in as:");
        foreach (DemoAccount account in accounts)
        {
            await output.WriteLineAsync($"  {account.Role,-20} {account.Email,-40} password {account.Password}");
        }

        await output.WriteLineAsync("These passwords are shown only now.");
        return accounts;
    }
}
