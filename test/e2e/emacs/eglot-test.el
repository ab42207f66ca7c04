;;; eglot-test.el --- Emacs + Eglot as an LSP client of `policy-lens-ls --stdio`, headless  -*- lexical-binding: t -*-
;;
;;   E2E_WORKSPACE=<copy of test/e2e/workspace> E2E_SERVER=bin/policy-lens-ls.js E2E_RESULTS=out.json \
;;     emacs --batch -l test/e2e/emacs/eglot-test.el
;;
;; Debian 12: emacs-nox 28.2 + elpa-eglot 1.9 (on the load path through site-start; Emacs 29 has it built in).
;; Eglot 1.9 asks for plaintext hovers only, and flymake must be started by hand in batch mode before
;; `eglot-code-actions' can see the diagnostics.  Writes {passes, failures, failed} to E2E_RESULTS; exit
;; status 0 when everything passed.

(require 'eglot)
(require 'cl-lib)
(require 'json)
(require 'xref)

(defvar e2e-workspace (file-name-as-directory (expand-file-name (getenv "E2E_WORKSPACE"))))
(defvar e2e-server (expand-file-name (getenv "E2E_SERVER")))
(defvar e2e-results-file (getenv "E2E_RESULTS"))
(defvar e2e-passes 0)
(defvar e2e-failed nil)

(defun e2e-say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defmacro e2e-check (title &rest body)
  "Run BODY as the check TITLE; it fails by signalling an error that says what was seen."
  (declare (indent 1))
  `(condition-case err
       (progn ,@body
              (cl-incf e2e-passes)
              (e2e-say "  ✔ %s" ,title))
     (error (push (list (cons 'title ,title) (cons 'error (error-message-string err))) e2e-failed)
            (e2e-say "  ✘ %s: %s" ,title (error-message-string err)))))

(defun e2e-expect (ok fmt &rest args)
  (unless ok (error "%s" (apply #'format fmt args))))

(defun e2e-wait (pred secs)
  "Let process output in until PRED holds or SECS pass; return PRED's value."
  (let ((deadline (+ (float-time) secs)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (funcall pred)))

(defun e2e-goto (needle &optional offset)
  "Move point OFFSET characters into the first NEEDLE in the buffer."
  (goto-char (point-min))
  (unless (search-forward needle nil t) (error "\"%s\" is not in the buffer" needle))
  (goto-char (+ (match-beginning 0) (or offset 2))))

(defun e2e-hover (needle)
  "The hover over NEEDLE as Eglot renders it."
  (e2e-goto needle)
  (let ((h (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover (eglot--TextDocumentPositionParams))))
    (e2e-expect h "no hover over \"%s\"" needle)
    (substring-no-properties (eglot--hover-info (plist-get h :contents) (plist-get h :range)))))

(defun e2e-lsp-code (diag)
  (plist-get (cdr (assoc 'eglot-lsp-diag (eglot--diag-data diag))) :code))

(defun e2e-finish ()
  (with-temp-file e2e-results-file
    (insert (json-encode `((passes . ,e2e-passes) (failures . ,(length e2e-failed)) (failed . ,(vconcat (reverse e2e-failed)))))))
  (e2e-say "emacs: %d passed, %d failed" e2e-passes (length e2e-failed))
  (kill-emacs (if (and (null e2e-failed) (> e2e-passes 0)) 0 1)))

(setq eglot-sync-connect 10
      eglot-connect-timeout 20
      eglot-events-buffer-size 0
      eglot-autoshutdown t)
;; A hard watchdog: the script must end even if a request hangs.
(run-at-time 45 nil (lambda () (push '((title . "watchdog") (error . "timed out after 45 s")) e2e-failed) (e2e-finish)))

(condition-case err
    (let* ((default-directory e2e-workspace)
           (buf (find-file-noselect (expand-file-name "erbil-talks.news" e2e-workspace))))
      (with-current-buffer buf
        (text-mode)
        (e2e-check "connects and manages the article buffer"
          (eglot '(text-mode) (cons 'transient e2e-workspace) 'eglot-lsp-server
                 (list "node" e2e-server "--stdio") "policy-news")
          (e2e-expect (bound-and-true-p eglot--managed-mode) "eglot is not managing the buffer"))

        (e2e-check "flymake shows unsourced-claim diagnostics"
          (e2e-wait (lambda () eglot--diagnostics) 10)
          ;; In batch mode flymake only runs its backends when told to.
          (flymake-start)
          (let ((claims (e2e-wait (lambda () (cl-remove-if-not (lambda (d) (equal (e2e-lsp-code d) "unsourced-claim"))
                                                               (flymake-diagnostics)))
                                  10)))
            (e2e-expect claims "no unsourced-claim among %S" (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))))

        (e2e-check "hover on \"Thursday\" shows the resolved date (plaintext)"
          (let ((text (e2e-hover "Thursday")))
            (e2e-expect (string-match-p "13 November 2025" text) "hover: %S" text)
            (e2e-expect (not (string-match-p "\\*\\*" text)) "markdown sent to a plaintext client: %S" text)))

        (e2e-check "hover on \"Peshmerga forces\" shows the workspace glossary entry"
          (let ((text (e2e-hover "Peshmerga forces")))
            (e2e-expect (string-match-p "Ministry of Peshmerga Affairs" text) "hover: %S" text)))

        (e2e-check "xref-find-definitions on \"Peshmerga forces\" lands in glossary.yaml"
          (e2e-goto "Peshmerga forces")
          (let* ((xrefs (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))
                 (file (and xrefs (xref-location-group (xref-item-location (car xrefs))))))
            (e2e-expect (and file (string-match-p "glossary\\.yaml\\'" file)) "definitions: %S" file)))

        (e2e-check "code action chosen through eglot-code-actions inserts the resolved date"
          (e2e-goto "Thursday")
          (let ((offered nil)
                (last-nonmenu-event 13)) ; a key, not a mouse event: eglot then asks with completing-read
            ;; Answer eglot's prompt as a user picking the action.
            (cl-letf (((symbol-function 'completing-read)
                       (lambda (_prompt collection &rest _)
                         (setq offered (mapcar (lambda (c) (if (consp c) (car c) c)) collection))
                         (or (cl-find-if (lambda (title) (string-match-p "Insert the resolved date" title)) offered)
                             (error "not offered; actions: %S" offered)))))
              (eglot-code-actions (point) (point) nil t))
            (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
              (e2e-expect (string-match-p "Thursday (Thursday 13 November 2025)" line) "line after the action: %S" line))))

        (e2e-check "after the edit the server still answers at shifted positions"
          (let ((text (e2e-hover "Iraqi Ministry of Defense")))
            (e2e-expect (string-match-p "Iraqi Ministry" text) "hover: %S" text)))

        (set-buffer-modified-p nil))
      (with-current-buffer (find-file-noselect (expand-file-name "zurich-talks.news" e2e-workspace))
        (e2e-check "UTF-16 positions: hover and a code action after accents and emoji"
          (text-mode)
          (eglot--maybe-activate-editing-mode)   ; same project and mode: Eglot manages it too
          (e2e-expect (bound-and-true-p eglot--managed-mode) "eglot is not managing zurich-talks.news")
          (let ((text (e2e-hover "Thursday")))
            (e2e-expect (string-match-p "13 November 2025" text) "hover: %S" text))
          (e2e-goto "Thursday")
          (let ((last-nonmenu-event 13))
            (cl-letf (((symbol-function 'completing-read)
                       (lambda (_prompt collection &rest _)
                         (or (cl-find-if (lambda (title) (string-match-p "Insert the resolved date" title))
                                         (mapcar (lambda (c) (if (consp c) (car c) c)) collection))
                             (error "not offered")))))
              (eglot-code-actions (point) (point) nil t)))
          (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
            (e2e-expect (string-match-p "met on Thursday (Thursday 13 November 2025) in Zürich" line) "line: %S" line)))
        (set-buffer-modified-p nil)
        (ignore-errors (eglot-shutdown (eglot--current-server-or-lose)))))
  (error (push (list (cons 'title "setup") (cons 'error (error-message-string err))) e2e-failed)
         (e2e-say "  ✘ setup: %s" (error-message-string err))))
(e2e-finish)
