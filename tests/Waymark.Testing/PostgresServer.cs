using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

using Npgsql;

namespace Waymark.Testing;

/// <summary>
/// A throw-away PostgreSQL server for one test run, from the Debian <c>postgresql</c> package: its data lives in a
/// temporary folder, it listens on 127.0.0.1 only, on a free port, and it trades durability for speed. Tests use
/// <see cref="Shared"/> and give each test class its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, so when the tests run as root the folder belongs to the <c>postgres</c> user and
/// <c>initdb</c> and <c>pg_ctl</c> run through <c>runuser</c>. Every command has a time limit; a failure throws an
/// exception carrying the command's output and the end of the server log.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    private const string SuperUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<PostgresServer> SharedServer = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string binDirectory;
    private readonly bool asPostgresUser;
    private int disposed;

    private PostgresServer(string binDirectory, bool asPostgresUser, string folder)
    {
        this.binDirectory = binDirectory;
        this.asPostgresUser = asPostgresUser;
        Folder = folder;
    }

    /// <summary>The server for this test process, started on first use and stopped when the process exits.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    /// <summary>The temporary folder that holds the data directory, the socket directory and <see cref="LogFile"/>.</summary>
    public string Folder { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; private set; }

    /// <summary>The server's log.</summary>
    public string LogFile => Path.Combine(Folder, "server.log");

    /// <summary>How long initialising and starting the server took.</summary>
    public TimeSpan StartupTime { get; private set; }

    private string DataDirectory => Path.Combine(Folder, "data");

    private string SocketDirectory => Path.Combine(Folder, "socket");

    /// <summary>Initialises and starts a new server; the caller disposes it to stop it and delete its folder.</summary>
    public static PostgresServer Start()
    {
        var clock = Stopwatch.StartNew();
        var server = new PostgresServer(
            FindBinDirectory(),
            Environment.IsPrivilegedProcess,
            Directory.CreateTempSubdirectory("waymark-pg-").FullName);
        try
        {
            server.Initialise();
            server.Launch();
            server.WatchTestProcess();
        }
        catch
        {
            server.Discard();
            throw;
        }

        server.StartupTime = clock.Elapsed;
        return server;
    }

    /// <summary>A connection string for <paramref name="database"/> on this server, as the superuser.</summary>
    public string ConnectionString(string database)
    {
        return new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = SuperUser,
            Database = database,
        }.ConnectionString;
    }

    /// <summary>Creates an empty database with a new name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        string name = "waymark_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                Stop();
            }
        }
        finally
        {
            DeleteFolder();
        }
    }

    private static PostgresServer StartShared()
    {
        var server = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                server.Dispose();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("The test PostgreSQL server did not stop cleanly: " + e.Message);
            }
        };
        return server;
    }

    private static string FindBinDirectory()
    {
        const string installed = "/usr/lib/postgresql";
        string? newest = Directory.Exists(installed)
            ? Directory.EnumerateDirectories(installed)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")) && File.Exists(Path.Combine(bin, "initdb")))
                .OrderBy(bin => decimal.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), CultureInfo.InvariantCulture, out decimal v) ? v : 0m)
                .LastOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            $"PostgreSQL was not found: there is no {installed}/*/bin/pg_ctl. Run scripts/setup, which installs the Debian package postgresql.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static bool HasCUtf8Locale()
    {
        try
        {
            var locales = Command.Run("locale", ["-a"], TimeSpan.FromSeconds(10), workingDirectory: null);
            return locales.Succeeded && locales.Output.Split('\n').Select(l => l.Trim()).Any(
                name => name.Equals("C.utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("C.UTF-8", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void Initialise()
    {
        Directory.CreateDirectory(SocketDirectory);
        if (asPostgresUser)
        {
            Command.Run("chown", ["-R", SuperUser + ":", Folder], StartTimeout, Folder).ThrowIfFailed(null);
        }

        string locale = HasCUtf8Locale() ? "--locale=C.UTF-8" : "--no-locale";
        Postgres("initdb", ["-D", DataDirectory, "--auth=trust", "--username=" + SuperUser, "--encoding=UTF8", locale, "--no-sync"], InitTimeout)
            .ThrowIfFailed(null);
    }

    private void Launch()
    {
        for (int attempt = 1; ; attempt++)
        {
            Port = FreePort();
            string options = string.Join(
                ' ',
                "-c listen_addresses=127.0.0.1",
                "-p " + Port.ToString(CultureInfo.InvariantCulture),
                "-k '" + SocketDirectory + "'",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400");
            var start = Postgres(
                "pg_ctl",
                ["start", "-w", "-t", Seconds(StartTimeout), "-D", DataDirectory, "-l", LogFile, "-o", options],
                StartTimeout + TimeSpan.FromSeconds(15));
            if (start.Succeeded)
            {
                return;
            }

            // Another process can take the free port between finding it and the server binding it.
            if (attempt == StartAttempts || !LogTail().Contains("could not bind", StringComparison.Ordinal))
            {
                start.ThrowIfFailed(LogTail());
            }
        }
    }

    // The test host can be killed before ProcessExit handlers finish (vstest does so once a run is over), so a
    // detached shell waits for this process to end and then stops the server and deletes the folder if still there.
    private void WatchTestProcess()
    {
        const string watcher = """
            exec </dev/null >/dev/null 2>&1
            pid=$1 folder=$2
            shift 2
            while kill -0 "$pid"; do sleep 0.5; done
            if [ -f "$folder/data/postmaster.pid" ]; then "$@"; fi
            rm -rf "$folder"
            """;
        Command.Run(
            "setsid",
            ["-f", "sh", "-c", watcher, "waymark-postgres-watcher", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Folder, .. StopCommand("fast")],
            StartTimeout,
            "/").ThrowIfFailed(null);
    }

    private string[] StopCommand(string mode)
    {
        return ServerCommand("pg_ctl", ["stop", "-w", "-t", Seconds(StopTimeout), "-D", DataDirectory, "-m", mode]);
    }

    private void Stop()
    {
        var timeout = StopTimeout + TimeSpan.FromSeconds(15);
        var fast = Run(StopCommand("fast"), timeout);
        if (!fast.Succeeded)
        {
            Run(StopCommand("immediate"), timeout);
            fast.ThrowIfFailed(LogTail());
        }
    }

    private Command Postgres(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        return Run(ServerCommand(program, arguments), timeout);
    }

    private Command Run(string[] command, TimeSpan timeout)
    {
        return Command.Run(command[0], command[1..], timeout, Folder);
    }

    private string[] ServerCommand(string program, IReadOnlyList<string> arguments)
    {
        string path = Path.Combine(binDirectory, program);
        return asPostgresUser ? ["runuser", "-u", SuperUser, "--", path, .. arguments] : [path, .. arguments];
    }

    private string LogTail()
    {
        try
        {
            return File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(40)) : "(no server log)";
        }
        catch (IOException e)
        {
            return "(the server log could not be read: " + e.Message + ")";
        }
    }

    private void Discard()
    {
        try
        {
            Dispose();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The exception that made the start fail is the one worth reporting.
        }
    }

    private void DeleteFolder()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static string Seconds(TimeSpan timeout) => ((int)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
