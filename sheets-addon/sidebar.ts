// First: the page's Content-Security-Policy forbids eval, and zod must know before anything parses.
import "../ui/no-eval";
import { mountPane } from "../ui/pane";
import { createSidebarBridge } from "./sidebar-bridge";

/** The sidebar page (Sidebar.html): the shared pane over google.script.run. */
const root = document.getElementById("pane");
if (!root) throw new Error("Sidebar.html has no #pane element");
mountPane(root, createSidebarBridge());
