// Accept All and Reject All done by LibreOffice itself: a Basic macro in a fresh user profile opens each
// .docx of a folder, dispatches .uno:AcceptAllTrackedChanges (or Reject…), and saves it as UTF-8 text.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {requireTool} from '../import-helpers.js'

const libraries = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
`

const library = (elements: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">${elements}</library:library>
`

const basic = `Sub ResolveAll(folder As String)
  Dim entry As String
  Dim found(200) As String
  Dim total As Integer
  Dim k As Integer
  total = 0
  entry = Dir(folder &amp; "/*.docx")
  Do While entry &lt;&gt; ""
    found(total) = entry
    total = total + 1
    entry = Dir()
  Loop
  For k = 0 To total - 1
    ResolveOne(folder &amp; "/" &amp; found(k), "accept")
    ResolveOne(folder &amp; "/" &amp; found(k), "reject")
  Next k
End Sub

Sub ResolveOne(file As String, mode As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(file), "_blank", 0, load())
  helper = createUnoService("com.sun.star.frame.DispatchHelper")
  If mode = "accept" Then
    helper.executeDispatch(doc.CurrentController.Frame, ".uno:AcceptAllTrackedChanges", "", 0, Array())
  Else
    helper.executeDispatch(doc.CurrentController.Frame, ".uno:RejectAllTrackedChanges", "", 0, Array())
  End If
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "Text (encoded)"
  store(1).Name = "FilterOptions"
  store(1).Value = "UTF8,LF"
  doc.storeToURL(ConvertToURL(file &amp; "." &amp; mode &amp; ".txt"), store())
  doc.close(True)
End Sub
`

/** A LibreOffice user profile (made by a first start) whose Standard Basic library holds the ResolveAll macro. */
function profileWithMacro(profile: string): void {
  const dir = path.join(profile, 'user', 'basic')
  if (!existsSync(dir)) execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--terminate_after_init'], {stdio: 'pipe', timeout: 120_000})
  mkdirSync(path.join(dir, 'Standard'), {recursive: true})
  if (!existsSync(path.join(dir, 'script.xlc'))) writeFileSync(path.join(dir, 'script.xlc'), libraries)
  writeFileSync(path.join(dir, 'Standard', 'script.xlb'), library('\n <library:element library:name="Revisions"/>\n'))
  writeFileSync(
    path.join(dir, 'Standard', 'Revisions.xba'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Revisions" script:language="StarBasic">${basic.replace(/"/g, '&quot;')}</script:module>\n`
  )
}

/** For each .docx named in `files` (in `folder`), its paragraphs after LibreOffice's Accept All and Reject All (empty lines left out). */
export function libreOfficeViews(folder: string, profile: string, files: string[]): Map<string, {accept: string[]; reject: string[]}> {
  requireTool('soffice', 'libreoffice-writer-nogui')
  profileWithMacro(profile)
  const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((line) => line !== '')
  const views = new Map<string, {accept: string[]; reject: string[]}>()
  // One LibreOffice run per document: a dozen documents in one run ended in a crash at exit.
  for (const file of files) {
    const own = path.join(folder, file.replace(/\.docx$/, ''))
    mkdirSync(own)
    renameSync(path.join(folder, file), path.join(own, file))
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', `macro:///Standard.Revisions.ResolveAll(${own})`], {stdio: 'pipe', timeout: 300_000})
    views.set(file, {accept: read(path.join(own, `${file}.accept.txt`)), reject: read(path.join(own, `${file}.reject.txt`))})
  }
  return views
}
