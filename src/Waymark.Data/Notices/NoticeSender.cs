using MailKit.Net.Smtp;
using MailKit.Security;

using MimeKit;

using Waymark.Notices;

namespace Waymark.Data.Notices;

/// <summary>Sends notices; one is opened for each run and sends every notice the run has.</summary>
public interface INoticeSender : IAsyncDisposable
{
    /// <summary>Connects to the mail server; throws when it cannot.</summary>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Sends one message; throws when the server refuses it or is gone.</summary>
    Task SendAsync(string name, string email, NoticeMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends notices through the SMTP server of <see cref="NoticeSettings"/> with MailKit, as multipart/alternative: plain text, then HTML.</summary>
public sealed class SmtpNoticeSender(NoticeSettings settings) : INoticeSender
{
    private readonly SmtpClient client = new() { Timeout = 30_000 };

    /// <inheritdoc/>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        SecureSocketOptions security = settings.SmtpSecurity switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("No SmtpHost is set."), settings.SmtpPort, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async Task SendAsync(string name, string email, NoticeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(new MailboxAddress(name, email));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException)
            {
                // The server went away; the connection is closed either way.
            }
        }

        client.Dispose();
    }
}
