using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Waymark.Data.Demo;
using Waymark.Data.Imports;
using Waymark.Data.People;
using Waymark.Data.Store;
using Waymark.Web.Accounts;

namespace Waymark.Web.Demo;

/// <summary>
/// On first run with an empty store: loads the demo council (<see cref="DemoCouncil"/>, the same files and imports
/// as <c>waymark demo</c>) and gives one of its users of each role a random password, printed once.
/// </summary>
public sealed class DemoAccounts(WaymarkDb db, UserManager<User> users, TimeProvider clock)
{
    /// <summary>Loads the demo when the store has no indicators and no users; says what it did on <paramref name="output"/>.</summary>
    /// <returns>The accounts given passwords; empty when the store already held data.</returns>
    public async Task<IReadOnlyList<DemoAccount>> LoadIfEmptyAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (await db.Indicators.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return [];
        }

        await output.WriteLineAsync($"The store is empty: loading the demo council, {DemoCouncil.Name}.");
        foreach (ImportReport report in await DemoCouncil.LoadAsync(db, new ImportOptions("web:demo", clock), cancellationToken: cancellationToken))
        {
            if (!report.Succeeded)
            {
                throw new InvalidOperationException($"The demo file {report.File} did not import: {string.Join("; ", report.Problems.Kept.Select(p => p.ToString()))}");
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

        await output.WriteLineAsync("Sign in to the demo as:");
        foreach (DemoAccount account in accounts)
        {
            await output.WriteLineAsync($"  {account.Role,-20} {account.Email,-40} password {account.Password}");
        }

        await output.WriteLineAsync("These passwords are shown only now.");
        return accounts;
    }
}
