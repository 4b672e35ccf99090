using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

using Npgsql;

namespace Waymark.Data.Backups;

/// <summary>
/// <c>pg_dump</c>, <c>pg_restore</c> and <c>psql</c> from the Debian <c>postgresql</c> (or <c>postgresql-client</c>)
/// package: the newest installed version under <c>/usr/lib/postgresql</c>, else the one on the <c>PATH</c>. They
/// connect with the store's connection string passed in <c>PG*</c> variables, so that no password is on a command line.
/// </summary>
internal static class PostgresTools
{
    private const string Installed = "/usr/lib/postgresql";

    /// <summary>The path of <paramref name="program"/>, or null when it is not installed.</summary>
    public static string? Find(string program)
    {
        string? newest = Directory.Exists(Installed)
            ? Directory.EnumerateDirectories(Installed)
                .Select(version => Path.Combine(version, "bin", program))
                .Where(File.Exists)
                .OrderBy(path => decimal.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), CultureInfo.InvariantCulture, out decimal v) ? v : 0m)
                .LastOrDefault()
            : null;
        return newest ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Why <paramref name="program"/> cannot be used: it is not installed.</summary>
    public static BackupProblem Missing(string program) => new(
        BackupProblemKind.StoreFailed,
        $"{program} was not found in {Installed}/*/bin or on the PATH: install the PostgreSQL client tools (the Debian package postgresql or postgresql-client) of the server's version or newer.");

    /// <summary>
    /// Runs <paramref name="program"/> against the database of <paramref name="connectionString"/> and returns its exit
    /// code and what it wrote to standard error. It is stopped if <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(string program, IEnumerable<string> arguments, string? connectionString, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (connectionString is not null)
        {
            foreach ((string name, string value) in Variables(new NpgsqlConnectionStringBuilder(connectionString)))
            {
                info.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return (-1, $"{program} could not be started: {e.Message}");
        }

        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await output.ConfigureAwait(false);
        return (process.ExitCode, (await error.ConfigureAwait(false)).Trim());
    }

    // libpq's names for the parts of an Npgsql connection string that say where and as whom to connect.
    private static IEnumerable<(string Name, string Value)> Variables(NpgsqlConnectionStringBuilder builder)
    {
        if (builder.Host is { Length: > 0 } host)
        {
            yield return ("PGHOST", host);
        }

        yield return ("PGPORT", builder.Port.ToString(CultureInfo.InvariantCulture));
        if (builder.Database is { Length: > 0 } database)
        {
            yield return ("PGDATABASE", database);
        }

        if (builder.Username is { Length: > 0 } user)
        {
            yield return ("PGUSER", user);
        }

        if (builder.Password is { Length: > 0 } password)
        {
            yield return ("PGPASSWORD", password);
        }

        yield return ("PGSSLMODE", builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        yield return ("PGAPPNAME", "waymark");
        yield return ("PGCLIENTENCODING", "UTF8");
    }
}
