using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

using MimeKit;

namespace Waymark.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1 for the email tests: Debian's <c>python3-aiosmtpd</c> (installed by
/// <c>scripts/setup</c>), run with its Maildir handler so that every delivered message is a file the test reads.
/// It can be stopped and started again on the same port, as a mail server that goes down and comes back.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private Process? process;

    private SmtpServer(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    /// <summary>The port it listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The folder of the Maildir that holds what was delivered.</summary>
    public string Folder { get; }

    /// <summary>Starts a server on a free port with an empty mailbox.</summary>
    public static SmtpServer Start()
    {
        string folder = Path.Combine(Path.GetTempPath(), "waymark-smtp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = new SmtpServer(folder, FreePort());
        server.Resume();
        return server;
    }

    /// <summary>Whether the server is running.</summary>
    public bool Running => process is { HasExited: false };

    /// <summary>Starts the server again on the same port, keeping what it delivered.</summary>
    public void Resume()
    {
        if (Running)
        {
            return;
        }

        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: run scripts/setup, which installs python3-aiosmtpd.");
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture), "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(Folder, "mail") })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {process.ExitCode}: is python3-aiosmtpd installed (scripts/setup)?");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"aiosmtpd did not listen on port {Port} within {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>Stops the server, as a mail server that has gone down.</summary>
    public void Stop()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        process = null;
    }

    /// <summary>Every message delivered so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        string delivered = Path.Combine(Folder, "mail", "new");
        if (!Directory.Exists(delivered))
        {
            return [];
        }

        return [.. Directory.GetFiles(delivered)
            .Select(f => new FileInfo(f))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.FullName))];
    }

    /// <summary>Forgets what was delivered, so a test reads only what comes next.</summary>
    public void Clear()
    {
        string delivered = Path.Combine(Folder, "mail", "new");
        if (Directory.Exists(delivered))
        {
            foreach (string f in Directory.GetFiles(delivered))
            {
                File.Delete(f);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file clean-up.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
