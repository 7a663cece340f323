import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// A full disk: the typed text stays on screen and in memory, a calm notice shows, and it is saved
// as soon as the disk lets it. Nothing saved before is lost.
TestCase {
    id: testCase
    name: "FullDisk"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.setDiskFull(false);
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }

    function cleanup() {
        Harness.setDiskFull(false);
    }

    function test_textStaysAndIsSavedLater() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        Flow.typeInto(testCase, window, "notepad", "Eerst");
        verify(!Notes.unsaved);

        Harness.setDiskFull(true);
        Flow.typeInto(testCase, window, "notepad", "Eerst en dan nog meer");
        tryCompare(Notes, "unsaved", true);
        verify(Flow.find(testCase, window, "unsavedNotice").visible);
        verify(!Flow.find(testCase, window, "savedLabel").visible);
        compare(Flow.find(testCase, window, "notepadInput").text, "Eerst en dan nog meer");
        compare(Notes.text, "Eerst en dan nog meer");

        // Locking now would drop the text from memory, so it is refused with a kind word.
        Vault.lock();
        compare(Vault.stage, Vault.Open);
        verify(Vault.message.length > 0);

        Harness.setDiskFull(false);
        tryCompare(Notes, "unsaved", false, 3000);
        verify(Flow.find(testCase, window, "savedLabel").visible);

        window.destroy();
        Vault.lock();
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        compare(Notes.text, "Eerst en dan nog meer");
    }
}
