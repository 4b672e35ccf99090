using System.Diagnostics;

namespace Waymark.Web.Tests.Accounts;

/// <summary>
/// A real OpenID provider (the npm package <c>oidc-provider</c>, pinned in <c>OpenIdProvider/package-lock.json</c> and
/// installed by <c>scripts/setup</c>) run by Node on 127.0.0.1 for the life of a test class. People sign in at it by
/// typing their email; <c>provider.js</c> says which clients receive tokens a relying party must refuse.
/// </summary>
public sealed class OpenIdProvider : IAsyncLifetime
{
    public const string Secret = "test-secret";

    private Process? node;

    public Uri Issuer { get; private set; } = new("http://127.0.0.1");

    public async Task InitializeAsync()
    {
        string folder = Folder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"The test OpenID provider is not installed in {folder}: run scripts/setup.");
        }

        var start = new ProcessStartInfo("node", "provider.js")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["OIDC_CLIENT_SECRET"] = Secret, ["OIDC_REDIRECT_URI"] = "https://localhost/signin-oidc" },
        };
        node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        node.ErrorDataReceived += (_, _) => { };
        node.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? issuer = await node.StandardOutput.ReadLineAsync(timeout.Token);
        Issuer = issuer is not null && Uri.TryCreate(issuer, UriKind.Absolute, out Uri? address)
            ? address
            : throw new InvalidOperationException($"The test OpenID provider said \"{issuer}\" instead of its issuer.");
    }

    public async Task DisposeAsync()
    {
        if (node is null)
        {
            return;
        }

        node.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
        }

        node.Dispose();
    }

    private static string Folder()
    {
        for (DirectoryInfo? at = new(AppContext.BaseDirectory); at is not null; at = at.Parent)
        {
            string candidate = Path.Combine(at.FullName, "tests", "Waymark.Web.Tests", "OpenIdProvider");
            if (File.Exists(Path.Combine(candidate, "provider.js")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/Waymark.Web.Tests/OpenIdProvider is not above " + AppContext.BaseDirectory);
    }
}
