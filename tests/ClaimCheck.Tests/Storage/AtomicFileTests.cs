using System.Text;
using ClaimCheck.Storage;

namespace ClaimCheck.Tests.Storage;

public sealed class AtomicFileTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "claimcheck-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Test]
    public void WriteAllText_ExistingFile_ReplacesTheContentAndLeavesNoTempFile()
    {
        var path = Path.Combine(_dir, "x.claims.json");
        File.WriteAllText(path, "old content that is longer than the new one");

        AtomicFile.WriteAllText(path, "new");

        File.ReadAllText(path).Should().Be("new");
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().Equal("x.claims.json");
    }

    [Test]
    public void WriteAllText_NewFile_WritesUtf8WithoutByteOrderMark()
    {
        var path = Path.Combine(_dir, "new.claims.json");
        const string text = "{ \"quote\": \"Iraq\u2019s envoy\" }\n";

        AtomicFile.WriteAllText(path, text);

        File.ReadAllBytes(path).Should().Equal(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().Equal("new.claims.json");
    }

    [Test]
    public void WriteAllText_RelativePath_WritesBesideTheCurrentDirectory()
    {
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _dir;

            AtomicFile.WriteAllText("relative.json", "[]");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        File.ReadAllText(Path.Combine(_dir, "relative.json")).Should().Be("[]");
        Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Should().Equal("relative.json");
    }

    [Test]
    public void WriteAllText_DirectoryMissing_ThrowsAndLeavesTheTargetAbsent()
    {
        var missing = Path.Combine(_dir, "missing");
        var path = Path.Combine(missing, "x.claims.json");

        var write = () => AtomicFile.WriteAllText(path, "{}");

        write.Should().Throw<DirectoryNotFoundException>();
        File.Exists(path).Should().BeFalse();
        Directory.Exists(missing).Should().BeFalse();
        Directory.GetFileSystemEntries(_dir).Should().BeEmpty();
    }
}
