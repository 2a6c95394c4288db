// The baseline of `npm run bench ssh`: examples/hangman.ts written the way an SSH-app
// author would write it with Charm's Wish + Bubble Tea, drawn as close to termblocks'
// screen as Lip Gloss allows (a text input, a "Guess Letter" button reached with Tab,
// the board and the used letters in bordered boxes in two columns, a footer).
//
// Built from Debian's packages in GOPATH mode (wish 0.1.1, bubbletea 0.19, bubbles 0.14,
// lipgloss 0.5): GOPATH=/usr/share/gocode GO111MODULE=off go build
//
// Usage: wish-hangman HOST_KEY_PATH. It listens on a free loopback port and prints
// ssh://127.0.0.1:PORT on stderr, as `termblocks serve` does, so the bench finds it alike.
package main

import (
	"fmt"
	"log"
	"net"
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/wish"
	"github.com/gliderlabs/ssh"
	"github.com/muesli/termenv"
)

const secretWord = "gradio"

// The colours of termblocks' hangman: a cyan focus, white interactive borders, dim output boxes.
var (
	focusColour  = lipgloss.Color("#00fffe")
	idleColour   = lipgloss.Color("7")
	outputColour = lipgloss.Color("8")
	titleStyle   = lipgloss.NewStyle().Bold(true)
	labelFocused = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("6"))
	footerStyle  = lipgloss.NewStyle().Faint(true)
)

type model struct {
	input  textinput.Model
	focus  int // 0: the text input, 1: the button
	used   []string
	width  int
	height int
}

func newModel(width, height int) model {
	input := textinput.New()
	input.Prompt = ""
	// termblocks draws a steady cursor; a blinking one would redraw twice a second for nothing.
	input.SetCursorMode(textinput.CursorStatic)
	input.Focus()
	return model{input: input, width: width, height: height}
}

func (m model) Init() tea.Cmd { return nil }

func (m model) board() string {
	var b strings.Builder
	for _, c := range secretWord {
		if contains(m.used, string(c)) {
			b.WriteRune(c)
		} else {
			b.WriteRune('_')
		}
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, each := range list {
		if each == s {
			return true
		}
	}
	return false
}

func (m model) setFocus(focus int) model {
	m.focus = (focus + 2) % 2
	if m.focus == 0 {
		m.input.Focus()
	} else {
		m.input.Blur()
	}
	return m
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.KeyMsg:
		switch msg.String() {
		case "ctrl+c":
			return m, tea.Quit
		case "tab":
			return m.setFocus(m.focus + 1), nil
		case "shift+tab":
			return m.setFocus(m.focus - 1), nil
		case "enter", " ":
			if m.focus == 1 {
				// The handler of hangman.ts: the letter joins the used ones, whatever it is.
				m.used = append(m.used, m.input.Value())
				return m, nil
			}
		}
	}
	if m.focus == 0 {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	return m, nil
}

func box(width int, colour lipgloss.Color, border lipgloss.Border, content string) string {
	return lipgloss.NewStyle().
		Border(border).
		BorderForeground(colour).
		Width(width-2).
		Padding(0, 1).
		Render(content)
}

func label(text string, focused bool) string {
	if focused {
		return labelFocused.Render(text)
	}
	return text
}

func (m model) View() string {
	leftWidth := m.width / 2
	rightWidth := m.width - leftWidth - 1
	inputColour := idleColour
	buttonColour := idleColour
	buttonBorder := lipgloss.RoundedBorder()
	if m.focus == 0 {
		inputColour = focusColour
	} else {
		buttonColour = focusColour
		buttonBorder = lipgloss.ThickBorder()
	}
	button := lipgloss.NewStyle().Width(leftWidth - 4).Align(lipgloss.Center).Render("Guess Letter")
	left := lipgloss.JoinVertical(lipgloss.Left,
		label("Enter letter", m.focus == 0),
		box(leftWidth, inputColour, lipgloss.RoundedBorder(), m.input.View()),
		box(leftWidth, buttonColour, buttonBorder, button),
	)
	right := lipgloss.JoinVertical(lipgloss.Left,
		"Hangman",
		box(rightWidth, outputColour, lipgloss.RoundedBorder(), m.board()),
		"Used Letters",
		box(rightWidth, outputColour, lipgloss.RoundedBorder(), strings.Join(m.used, ", ")),
	)
	body := lipgloss.JoinHorizontal(lipgloss.Top, left, " ", right)
	footer := "←/→ move · Ctrl+U clear · Tab next · Shift+Tab back · Ctrl+C quit"
	if m.focus == 1 {
		footer = "Enter/Space click · Tab next · Shift+Tab back · Ctrl+C quit"
	}
	// The footer sits on the last row, as termblocks': the frame has height-1 newlines in all.
	gap := ""
	if blank := m.height - 3 - strings.Count(body, "\n"); blank > 0 {
		gap = strings.Repeat("\n", blank)
	}
	return titleStyle.Render("Hangman") + "\n" + body + "\n" + gap + footerStyle.Render(footer)
}

// teaHandler runs one Bubble Tea program per SSH session, as wish/bubbletea's Middleware does.
// Written out here because that middleware's goroutine in wish 0.1.1 never returns once the
// session ends: it spins on the closed context, and would bill the baseline for a bug fixed since.
func teaHandler(next ssh.Handler) ssh.Handler {
	return func(s ssh.Session) {
		pty, windowChanges, active := s.Pty()
		if !active {
			fmt.Fprintln(s, "hangman needs a terminal: ssh -t")
			next(s)
			return
		}
		p := tea.NewProgram(newModel(pty.Window.Width, pty.Window.Height),
			tea.WithInput(s), tea.WithOutput(s), tea.WithAltScreen())
		go func() {
			for {
				select {
				case <-s.Context().Done():
					p.Quit()
					return
				case w := <-windowChanges:
					p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
				}
			}
		}()
		if err := p.Start(); err != nil {
			log.Print(err)
		}
		next(s)
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wish-hangman HOST_KEY_PATH")
		os.Exit(2)
	}
	// termblocks writes 24-bit colour; Wish's default of 256 colours would send shorter escapes.
	lipgloss.SetColorProfile(termenv.TrueColor)
	server, err := wish.NewServer(wish.WithHostKeyPath(os.Args[1]), wish.WithMiddleware(teaHandler))
	if err != nil {
		log.Fatal(err)
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "serving hangman on ssh://%s\n", listener.Addr())
	if err := server.Serve(listener); err != nil && err != ssh.ErrServerClosed {
		log.Fatal(err)
	}
}
