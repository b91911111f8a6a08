using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HeresHealthy.Silo.Storage;

/// <summary>
/// The hash chain of the audit trail. A row's hash is SHA-256 over its predecessor's hash and a canonical encoding of its
/// fields: sequence, time (Unix milliseconds), status as 64-bit big-endian integers, then actor, action and case id, each
/// as a 32-bit big-endian length (-1 for none) followed by its UTF-8 bytes. The first row's predecessor is <see cref="Genesis"/>.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>How many rows a verifier reads at a time.</summary>
    public const int VerifyPage = 1000;

    /// <summary>Seals entries after the chain's head (sequence 0 and <see cref="Genesis"/> for an empty chain); times are cut to milliseconds.</summary>
    public static IReadOnlyList<AuditRecord> Seal(long headSequence, string headHash, IReadOnlyList<AuditEntry> entries)
    {
        var sealedRows = new List<AuditRecord>(entries.Count);
        foreach (var entry in entries)
        {
            var time = StoredTime(entry.Time);
            var row = new AuditRecord(++headSequence, time, entry.Actor, entry.Action, entry.CaseId, entry.Status, headHash, "");
            headHash = HashOf(row);
            sealedRows.Add(row with { Hash = headHash });
        }

        return sealedRows;
    }

    /// <summary>A row's time as the chain stores and hashes it: cut to whole milliseconds.</summary>
    public static DateTimeOffset StoredTime(DateTimeOffset time) => DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    /// <summary>The hash a row must carry, given its fields and its predecessor's hash.</summary>
    public static string HashOf(AuditRecord row)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(row.PreviousHash));
        AppendNumber(hash, row.Sequence);
        WriteFields(hash, row.Time, row.Status, row.Actor, row.Action, row.CaseId, static (h, bytes) => h.AppendData(bytes));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The hashed bytes that follow the predecessor's hash and the sequence: time (Unix milliseconds), status, actor,
    /// action, case id. A store that seals in SQL hashes the head's hash, the next sequence and these.
    /// </summary>
    public static byte[] FieldsOf(AuditEntry entry)
    {
        var fields = new ArrayBufferWriter<byte>(128);
        WriteFields(fields, entry.Time, entry.Status, entry.Actor, entry.Action, entry.CaseId, static (f, bytes) => f.Write(bytes));
        return fields.WrittenSpan.ToArray();
    }

    /// <summary>Reads the chain page by page in sequence order (rows after a sequence, at most a page) and checks every link.</summary>
    public static async Task<AuditVerification> VerifyAsync(Func<long, int, Task<IReadOnlyList<AuditRecord>>> readAfter)
    {
        long checkedRows = 0;
        var previous = new AuditRecord(0, default, "", "", null, 0, "", Genesis);
        while (true)
        {
            var page = await readAfter(previous.Sequence, VerifyPage);
            foreach (var row in page)
            {
                if (row.Sequence != previous.Sequence + 1 || row.PreviousHash != previous.Hash || row.Hash != HashOf(row))
                {
                    return new AuditVerification(false, checkedRows, previous.Sequence + 1);
                }

                checkedRows++;
                previous = row;
            }

            if (page.Count < VerifyPage)
            {
                return new AuditVerification(true, checkedRows, null);
            }
        }
    }

    private static void AppendNumber(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private delegate void Sink<in T>(T target, ReadOnlySpan<byte> bytes);

    private static void WriteFields<T>(T target, DateTimeOffset time, long status, string? actor, string? action, string? caseId, Sink<T> sink)
    {
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, time.ToUnixTimeMilliseconds());
        sink(target, number);
        BinaryPrimitives.WriteInt64BigEndian(number, status);
        sink(target, number);
        WriteText(target, actor, sink);
        WriteText(target, action, sink);
        WriteText(target, caseId, sink);
    }

    private static void WriteText<T>(T target, string? value, Sink<T> sink)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, value is null ? -1 : bytes.Length);
        sink(target, length);
        sink(target, bytes);
    }
}
