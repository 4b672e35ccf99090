using System.CommandLine;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Waymark.Cli.Store;
using Waymark.Data.People;
using Waymark.Data.Store;

namespace Waymark.Cli.Users;

/// <summary><c>waymark user add --email E --name N --role R</c>: an account for the web application, its password read from standard input.</summary>
internal static class UserCommand
{
    public static Command Create(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "The email address the user signs in with", Required = true };
        var name = new Option<string>("--name") { Description = "The user's full name", Required = true };
        var role = new Option<string[]>("--role") { Description = "A role: " + string.Join(", ", RoleNames.All) + " (repeat for more than one)", Required = true, AllowMultipleArgumentsPerToken = false };
        role.AcceptOnlyFromAmong([.. RoleNames.All]);
        var organisation = new Option<string?>("--organisation") { Description = "A partner's organisation, such as NHS Leeds" };
        Option<string?> database = DatabaseOption.Create();
        var add = new Command("add", $"Add a user who signs in to the web application. The password (at least {Passwords.MinimumLength} characters) is read from the first line of standard input and stored only as a salted hash.")
        {
            email, name, role, organisation, database,
        };
        add.SetAction((parse, cancellationToken) => AddAsync(
            parse.GetRequiredValue(email), parse.GetRequiredValue(name), parse.GetRequiredValue(role), parse.GetValue(organisation), parse.GetValue(database), context, cancellationToken));
        return new Command("user", "Manage the users who sign in to the web application.") { add };
    }

    private static async Task<int> AddAsync(
        string email, string name, string[] roles, string? organisation, string? databaseOption, CliContext context, CancellationToken cancellationToken)
    {
        email = email.Trim();
        name = name.Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            await context.Error.WriteLineAsync($"--email: '{email}' is not an email address").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (name.Length == 0)
        {
            await context.Error.WriteLineAsync("--name: enter the user's full name").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        string? password = await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(password))
        {
            await context.Error.WriteLineAsync("Give the password on standard input, for example: read -rs P && printf '%s\\n' \"$P\" | waymark user add ...").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (password.Length < Passwords.MinimumLength)
        {
            await context.Error.WriteLineAsync($"The password has {password.Length} characters: it must have at least {Passwords.MinimumLength}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        await using WaymarkDb? db = await DatabaseOption.OpenAsync(databaseOption, context, cancellationToken).ConfigureAwait(false);
        if (db is null)
        {
            return ExitCodes.BadInput;
        }

        string normalised = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.Email.ToUpper() == normalised, cancellationToken).ConfigureAwait(false))
        {
            await context.Error.WriteLineAsync($"There is already a user with the email {email}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var user = new User { Email = email, Name = name, Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim() };
        foreach (string role in roles.Distinct(StringComparer.Ordinal))
        {
            user.Roles.Add(new UserRole { Role = role });
        }

        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await context.Output.WriteLineAsync($"Added {name} <{email}> as {string.Join(", ", user.Roles.Select(r => r.Role))}. They can now sign in to the web application.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
