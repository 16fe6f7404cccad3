using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// The server's key for signing round exports (ECDSA P-256, SHA-256, IEEE P1363 signatures) and the public keys of
/// the servers whose exports it restores as they were recorded. The signature covers the year and the chain head, so it
/// vouches for every event of the export; its own key is always trusted.
/// </summary>
public sealed class RoundSigning
{
    public static readonly RoundSigning None = new(null, []);

    private readonly ECDsa? key;
    private readonly HashSet<string> trusted;

    public RoundSigning(ECDsa? key, IEnumerable<string> trustedPublicKeys)
    {
        this.key = key;
        trusted = new HashSet<string>(trustedPublicKeys, StringComparer.Ordinal);
        if (key is not null) trusted.Add(PublicKey(key));
    }

    /// <summary>From PEM text: the private key (or none) and the trusted public keys.</summary>
    public static RoundSigning FromPem(string? privateKeyPem, IEnumerable<string> trustedPublicKeyPems)
    {
        ECDsa? key = null;
        if (!string.IsNullOrWhiteSpace(privateKeyPem))
        {
            key = ECDsa.Create();
            key.ImportFromPem(privateKeyPem);
        }
        var publics = trustedPublicKeyPems.Select(pem =>
        {
            using var k = ECDsa.Create();
            k.ImportFromPem(pem);
            return PublicKey(k);
        }).ToList();
        return new RoundSigning(key, publics);
    }

    public bool CanSign => key is not null;

    /// <summary>The public key as an export names it: base64 SubjectPublicKeyInfo.</summary>
    public static string PublicKey(ECDsa key) => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    public bool Trusts(string publicKey) => publicKey.Length > 0 && trusted.Contains(publicKey);

    /// <summary>Signs the export's chain head, when this server has a key.</summary>
    public void Sign(P.RoundExport export)
    {
        if (key is null) return;
        export.Signature = Convert.ToBase64String(key.SignData(Signed(export.Year, export.ChainHead), HashAlgorithmName.SHA256));
        export.SignerPublicKey = PublicKey(key);
    }

    /// <summary>Whether the export's signature is its signer key's over its year and chain head.</summary>
    public static bool Valid(P.RoundExport export)
    {
        try
        {
            using var k = ECDsa.Create();
            k.ImportSubjectPublicKeyInfo(Convert.FromBase64String(export.SignerPublicKey), out _);
            return k.VerifyData(Signed(export.Year, export.ChainHead), Convert.FromBase64String(export.Signature), HashAlgorithmName.SHA256);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return false;
        }
    }

    /// <summary>What is signed: <c>skexport/1\n{year}\n{chain head}</c> in UTF-8.</summary>
    public static byte[] Signed(int year, string head) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"skexport/1\n{year}\n{head}"));
}
