import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "../../../shared/api/imports.ts";
import { checkImportFile, formatBytes, peopleCount, sourceOf } from "./import-file.ts";

const file = (name: string, size = 1200) => ({ name, size });

describe("checkImportFile", () => {
  it("accepts the file each source exports", () => {
    expect(checkImportFile(file("Connections.csv"), "linkedin")).toBeNull();
    expect(checkImportFile(file("contacts.CSV"), "google")).toBeNull();
    expect(checkImportFile(file("Kenji Watanabe.vcf"), "vcard")).toBeNull();
    // No extension: the server reads the content and decides.
    expect(checkImportFile(file("Connections"), "linkedin")).toBeNull();
  });

  it("refuses a file over the 50 MB limit before it is sent, and says how big it is", () => {
    expect(checkImportFile(file("big.csv", MAX_IMPORT_BYTES), "linkedin")).toBeNull();
    expect(checkImportFile(file("big.csv", 63.2 * 1024 * 1024), "linkedin")).toBe(
      "big.csv is 63.2 MB; files up to 50 MB can be imported. Split it into smaller files and import each.",
    );
  });

  it("refuses an empty file and LinkedIn's ZIP archive", () => {
    expect(checkImportFile(file("Connections.csv", 0), "linkedin")).toBe(
      "Connections.csv is empty.",
    );
    expect(checkImportFile(file("Basic_LinkedInDataExport.zip"), "linkedin")).toBe(
      "Basic_LinkedInDataExport.zip is a ZIP archive: open it and pick Connections.csv inside.",
    );
  });

  it("points to the right source when the file is of the other kind", () => {
    expect(checkImportFile(file("contacts.vcf"), "linkedin")).toBe(
      "contacts.vcf is a vCard file: choose vCard above.",
    );
    expect(checkImportFile(file("contacts.csv"), "vcard")).toMatch(/choose LinkedIn or Google/);
    expect(checkImportFile(file("contacts.xlsx"), "google")).toBe(
      "contacts.xlsx is not a CSV file: pick a Google CSV file.",
    );
    expect(checkImportFile(file("photo.jpg"), "vcard")).toBe(
      "photo.jpg is not a vCard file: pick a .vcf file.",
    );
  });
});

describe("wording", () => {
  it("formats sizes as the server does", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(820)).toBe("820 bytes");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(formatBytes(51.24 * 1024 * 1024)).toBe("51.2 MB");
  });

  it("counts people and names each source's file", () => {
    expect(peopleCount(1)).toBe("1 person");
    expect(peopleCount(1200)).toBe(`${(1200).toLocaleString()} people`);
    expect(sourceOf("linkedin").file).toBe("Connections.csv");
  });
});
